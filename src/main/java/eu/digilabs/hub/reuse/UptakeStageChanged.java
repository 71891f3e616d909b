package eu.digilabs.hub.reuse;

/** An uptake moved to a new stage (the stage's code). */
public record UptakeStageChanged(long uptakeId, long solutionId, String stage) {}
