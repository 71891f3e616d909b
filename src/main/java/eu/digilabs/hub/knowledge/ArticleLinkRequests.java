package eu.digilabs.hub.knowledge;

import eu.digilabs.hub.labs.LinkRequestStore;

interface ArticleLinkRequests extends LinkRequestStore<ArticleLinkRequest> {

  boolean existsByArticleIdAndLabIdAndProjectId(long articleId, long labId, Long projectId);

  boolean existsByArticleIdAndLabIdAndProjectIdIsNull(long articleId, long labId);
}
