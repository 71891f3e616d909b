package eu.digilabs.hub.labs;

import org.jspecify.annotations.Nullable;

/** An organisation as pages, the API and other modules see it. */
public record OrganisationView(
    long id,
    String name,
    @Nullable String type,
    @Nullable String country,
    @Nullable String website,
    boolean demo,
    long version) {}
