package eu.digilabs.hub.reuse;

/** A published solution names a new software version. */
public record SolutionReleased(long solutionId, String softwareVersion) {}
