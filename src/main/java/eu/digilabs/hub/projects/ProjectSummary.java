package eu.digilabs.hub.projects;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A project as a list row shows it. */
public record ProjectSummary(
    long id,
    String title,
    String summary,
    String country,
    String level,
    String status,
    String phase,
    Long leadLabId,
    String leadLabName,
    List<String> technologies,
    List<String> policyAreas,
    LocalDate startDate,
    String sourceName,
    boolean published,
    boolean demo,
    Instant updatedAt) {}
