package eu.digilabs.hub.projects;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** A project as a list row shows it. */
public record ProjectSummary(
    long id,
    String title,
    @Nullable String summary,
    @Nullable String country,
    @Nullable String level,
    @Nullable String status,
    @Nullable String phase,
    @Nullable Long leadLabId,
    @Nullable String leadLabName,
    List<String> technologies,
    List<String> policyAreas,
    @Nullable LocalDate startDate,
    @Nullable String sourceName,
    boolean published,
    boolean demo,
    Instant updatedAt) {}
