package eu.digilabs.hub.reuse;

import eu.digilabs.hub.accounts.TestAccounts;
import eu.digilabs.hub.labs.LabService;
import eu.digilabs.hub.labs.OrganisationCommand;
import java.util.List;
import org.springframework.context.ApplicationContext;

/** Solutions and uptakes for tests, made through the services as a person would. */
public final class ReuseFixtures {

  private ReuseFixtures() {}

  /** Open-source software of the lab, available for reuse, naming nothing else. */
  public static SolutionCommand solution(String name, Long providerLab) {
    return new SolutionCommand(
        name,
        "Reusable " + name,
        null,
        "de",
        providerLab,
        null,
        "DE",
        null,
        null,
        null,
        null,
        List.of(),
        List.of(),
        List.of(),
        List.of(),
        "software",
        "self-hosted",
        "EUPL-1.2",
        null,
        null,
        null,
        null,
        null,
        List.of(),
        null,
        "available",
        List.of(),
        List.of(),
        null);
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
