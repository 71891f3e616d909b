package eu.digilabs.hub.labs;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** A lab as pages, the API and other modules see it. */
public record LabView(
    long id,
    String name,
    @Nullable String shortName,
    @Nullable String description,
    String country,
    @Nullable String region,
    @Nullable String level,
    @Nullable Long hostOrganisationId,
    @Nullable String hostOrganisationName,
    @Nullable Integer foundedYear,
    @Nullable String website,
    @Nullable String contactEmail,
    List<String> policyAreas,
    List<String> methods,
    List<String> languages,
    String status,
    boolean hasLogo,
    @Nullable Instant lastActivity,
    boolean demo,
    long version) {

  /**
   * The lab without its contact address: members write through the contact form, and only the lab's
   * editors see where it goes.
   */
  public LabView withoutContactAddress() {
    return new LabView(
        id,
        name,
        shortName,
        description,
        country,
        region,
        level,
        hostOrganisationId,
        hostOrganisationName,
        foundedYear,
        website,
        null,
        policyAreas,
        methods,
        languages,
        status,
        hasLogo,
        lastActivity,
        demo,
        version);
  }

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
