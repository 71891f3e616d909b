package eu.digilabs.hub.reuse;

import eu.digilabs.hub.accounts.TestAccounts;
import eu.digilabs.hub.labs.LabService;
import eu.digilabs.hub.labs.OrganisationCommand;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationContext;

/** Solutions and uptakes for tests, made through the services as a person would. */
public final class ReuseFixtures {

  private ReuseFixtures() {}

  /** Open-source software of the lab, available for reuse, naming nothing else. */
  public static SolutionCommand solution(String name, Long providerLab) {
    return solution().name(name).lab(providerLab).build();
  }

  public static Builder solution() {
    return new Builder();
  }

  /** A solution command with the values a test cares about, the rest as a lab would leave it. */
  public static final class Builder {
    private String name = "Solution";
    private @Nullable String shortDescription;
    private @Nullable String description;
    private String language = "de";
    private @Nullable Long lab;
    private @Nullable String region;
    private String kind = "software";
    private @Nullable String operatingModel = "self-hosted";
    private @Nullable String licence = "EUPL-1.2";
    private @Nullable String softwareVersion;
    private @Nullable Integer maturity;
    private List<String> readiness = List.of();
    private List<Long> services = List.of();
    private String status = "available";
    private List<Long> builtBy = List.of();
    private List<Long> usedBy = List.of();

    public Builder name(String name) {
      this.name = name;
      return this;
    }

    public Builder text(String shortDescription, @Nullable String description) {
      this.shortDescription = shortDescription;
      this.description = description;
      return this;
    }

    public Builder language(String language) {
      this.language = language;
      return this;
    }

    public Builder lab(Long lab) {
      this.lab = lab;
      return this;
    }

    public Builder region(String region) {
      this.region = region;
      return this;
    }

    public Builder offer(String kind, @Nullable String operatingModel, @Nullable String licence) {
      this.kind = kind;
      this.operatingModel = operatingModel;
      this.licence = licence;
      return this;
    }

    public Builder release(String softwareVersion, @Nullable Integer maturity) {
      this.softwareVersion = softwareVersion;
      this.maturity = maturity;
      return this;
    }

    public Builder services(List<Long> services) {
      this.services = services;
      return this;
    }

    public Builder readiness(String... items) {
      this.readiness = List.of(items);
      return this;
    }

    public Builder status(String status) {
      this.status = status;
      return this;
    }

    public Builder projects(List<Long> builtBy, List<Long> usedBy) {
      this.builtBy = builtBy;
      this.usedBy = usedBy;
      return this;
    }

    public SolutionCommand build() {
      return new SolutionCommand(
          name,
          shortDescription == null ? "Reusable " + name : shortDescription,
          description,
          language,
          lab,
          null,
          "DE",
          region,
          null,
          null,
          null,
          services,
          List.of(),
          List.of(),
          List.of(),
          kind,
          operatingModel,
          licence,
          null,
          null,
          softwareVersion,
          null,
          maturity,
          readiness,
          null,
          status,
          builtBy,
          usedBy,
          null);
    }
  }

  /**
   * The member (created if new) declares interest in the solution on behalf of a new organisation;
   * returns the uptake's id.
   */
  public static long interestOfOrganisation(
      ApplicationContext context, String email, long solutionId) {
    TestAccounts.member(context, email);
    long organisation =
        TestAccounts.asAdmin(
            context,
            () ->
                context
                    .getBean(LabService.class)
                    .createOrganisation(
                        new OrganisationCommand(
                            "Stadtverwaltung " + System.nanoTime(), null, "DE", null, null))
                    .id());
    return TestAccounts.acting(
        context,
        email,
        () ->
            context
                .getBean(UptakeService.class)
                .declare(
                    solutionId,
                    new UptakeCommands.Declare(null, organisation, "DE", "DE-HB", "Interested"))
                .id());
  }
}
