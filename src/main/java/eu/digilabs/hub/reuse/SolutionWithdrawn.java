package eu.digilabs.hub.reuse;

/** A solution was taken back to draft or deleted; it is no longer public. */
public record SolutionWithdrawn(long solutionId) {}
