package eu.digilabs.hub.labs;

/** An organisation as pages, the API and other modules see it. */
public record OrganisationView(
    long id,
    String name,
    String type,
    String country,
    String website,
    boolean demo,
    long version) {}
