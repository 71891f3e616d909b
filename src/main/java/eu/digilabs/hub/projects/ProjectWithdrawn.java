package eu.digilabs.hub.projects;

/** A project is no longer visible to visitors: unpublished or deleted. */
public record ProjectWithdrawn(long projectId) {}
