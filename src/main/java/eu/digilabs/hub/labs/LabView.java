package eu.digilabs.hub.labs;

import java.time.Instant;
import java.util.List;

/** A lab as pages, the API and other modules see it. */
public record LabView(
    long id,
    String name,
    String shortName,
    String description,
    String country,
    String region,
    String level,
    Long hostOrganisationId,
    String hostOrganisationName,
    Integer foundedYear,
    String website,
    String contactEmail,
    List<String> policyAreas,
    List<String> methods,
    List<String> languages,
    String status,
    boolean hasLogo,
    Instant lastActivity,
    boolean demo,
    long version) {

  public boolean active() {
    return "active".equals(status);
  }

  /** The form values that reproduce this lab, for the edit page. */
  public LabCommand command() {
    return new LabCommand(
        name,
        shortName,
        description,
        country,
        region,
        level,
        hostOrganisationId,
        foundedYear,
        website,
        contactEmail,
        policyAreas,
        methods,
        languages,
        status,
        version);
  }
}
