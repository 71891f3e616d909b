package eu.digilabs.hub.reuse;

/** A published solution's fields, services or projects changed. */
public record PublishedSolutionChanged(long solutionId) {}
