package eu.digilabs.hub.reuse;

/** A published solution's status became retired: it is no longer offered. */
public record SolutionRetired(long solutionId) {}
