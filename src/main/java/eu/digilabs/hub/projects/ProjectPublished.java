package eu.digilabs.hub.projects;

/** A project became visible to everyone (search and the assistant pick it up). */
public record ProjectPublished(long projectId) {}
