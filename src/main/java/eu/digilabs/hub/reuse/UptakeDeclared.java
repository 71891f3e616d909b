package eu.digilabs.hub.reuse;

/** A lab or authority declared interest in a solution. */
public record UptakeDeclared(long uptakeId, long solutionId) {}
