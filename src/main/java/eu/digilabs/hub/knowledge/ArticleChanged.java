package eu.digilabs.hub.knowledge;

/**
 * An article's published text, its lab or project, or its visibility changed (published, a revision
 * published, withdrawn, deleted). Search and the assistant's passages follow it.
 */
public record ArticleChanged(long articleId) {}
