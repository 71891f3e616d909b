package eu.digilabs.hub.reuse;

import org.jspecify.annotations.Nullable;

/**
 * An uptake moved to a new stage (the stage's code).
 *
 * @param reuserLabId the lab taking the solution up, whose members are told; null for an
 *     organisation
 */
public record UptakeStageChanged(
    long uptakeId, long solutionId, String stage, @Nullable Long reuserLabId) {}
