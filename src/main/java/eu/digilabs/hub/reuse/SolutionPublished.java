package eu.digilabs.hub.reuse;

/** A solution was published for the first time, or again after a withdrawal. */
public record SolutionPublished(long solutionId) {}
