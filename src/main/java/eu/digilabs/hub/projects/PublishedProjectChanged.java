package eu.digilabs.hub.projects;

/**
 * A published project changed: its fields, its partners or its imported source. Search and the
 * assistant refresh it; {@link ProjectPublished} states only the first publication.
 */
public record PublishedProjectChanged(long projectId) {}
