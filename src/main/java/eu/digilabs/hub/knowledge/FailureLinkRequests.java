package eu.digilabs.hub.knowledge;

import eu.digilabs.hub.labs.LinkRequestStore;

interface FailureLinkRequests extends LinkRequestStore<FailureLinkRequest> {

  boolean existsByReportIdAndProjectId(long reportId, long projectId);
}
