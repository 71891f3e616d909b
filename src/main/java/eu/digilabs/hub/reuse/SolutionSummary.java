package eu.digilabs.hub.reuse;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A solution as lists and the comparison per public service show it: what it is, who provides it,
 * how it is licensed and run, how mature and ready it is, and where it is live.
 *
 * @param readiness the codes of the readiness items met, in checklist order
 * @param statesLive German states where a public uptake is live
 * @param countriesLive countries where a public uptake is live
 */
public record SolutionSummary(
    long id,
    String name,
    @Nullable String shortDescription,
    String kind,
    @Nullable String operatingModel,
    String status,
    @Nullable String licence,
    boolean openSource,
    @Nullable Integer maturity,
    List<String> readiness,
    @Nullable Long providerLabId,
    @Nullable String providerName,
    @Nullable String country,
    @Nullable String region,
    @Nullable String softwareVersion,
    @Nullable LocalDate releaseDate,
    int statesLive,
    int countriesLive,
    boolean published,
    boolean demo,
    Instant updatedAt) {}
