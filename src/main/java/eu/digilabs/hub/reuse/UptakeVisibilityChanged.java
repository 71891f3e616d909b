package eu.digilabs.hub.reuse;

/** The reuser changed from which stage on an uptake is public, or whether it is named. */
public record UptakeVisibilityChanged(long uptakeId, long solutionId) {}
