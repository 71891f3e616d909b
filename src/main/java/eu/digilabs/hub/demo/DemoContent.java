package eu.digilabs.hub.demo;

import eu.digilabs.hub.accounts.AccountService;
import eu.digilabs.hub.labs.LabCommand;
import eu.digilabs.hub.labs.LabFilter;
import eu.digilabs.hub.labs.LabService;
import eu.digilabs.hub.projects.ProjectCommand;
import eu.digilabs.hub.projects.ProjectService;
import eu.digilabs.hub.web.StartupTask;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Loads demo content (labs, organisations, projects and two demo accounts) into an empty store.
 * Everything it creates is marked as demo. It never runs with the {@code prod} profile, whatever
 * {@code hub.demo.enabled} says.
 */
@Component
class DemoContent extends StartupTask {

  private static final Logger log = LoggerFactory.getLogger(DemoContent.class);

  /** Password of the demo accounts, which exist only in demo installations. */
  static final String DEMO_PASSWORD = "digilabs-demo-2021";

  private final LabService labs;
  private final ProjectService projects;
  private final AccountService accounts;
  private final TransactionTemplate transactions;
  private final Environment environment;
  private final boolean enabled;

  DemoContent(
      LabService labs,
      ProjectService projects,
      AccountService accounts,
      TransactionTemplate transactions,
      Environment environment,
      DemoProperties properties) {
    this.labs = labs;
    this.projects = projects;
    this.accounts = accounts;
    this.transactions = transactions;
    this.environment = environment;
    this.enabled = properties.enabled();
  }

  @Override
  public int getPhase() {
    return DEMO;
  }

  @Override
  protected void run() {
    if (!enabled || environment.acceptsProfiles(Profiles.of("prod"))) {
      return;
    }
    if (labs.list(LabFilter.none(), PageRequest.of(0, 1)).getTotalElements() > 0) {
      return;
    }
    transactions.executeWithoutResult(status -> load());
    log.info(
        "Demo content loaded (demo accounts: editor@demo.digilabs.localhost, member@demo.digilabs.localhost, password {})",
        DEMO_PASSWORD);
  }

  private void load() {
    long uniLuebeck = labs.organisationNamed("Universität zu Lübeck", "university", "DE", true);
    long prosoz = labs.organisationNamed("Prosoz Herten GmbH", "company", "DE", true);
    long saarland =
        labs.organisationNamed(
            "Ministerium für Finanzen und Wissenschaft des Saarlandes",
            "public-authority",
            "DE",
            true);
    long swiss =
        labs.organisationNamed("Schweizerische Bundeskanzlei", "public-authority", "CH", true);
    long estonia =
        labs.organisationNamed(
            "Republic of Estonia Information System Authority (RIA)",
            "public-authority",
            "EE",
            true);

    long luebeckLab =
        labs.seed(
            lab(
                "Digitalisierungslabor der Universität zu Lübeck",
                "DigiLab Lübeck",
                "Das Labor der Universität zu Lübeck richtete die hybride Konferenz **Digilabs 2021** aus (14. und 15. November 2021) und erforscht, wie Labore mit Künstlicher Intelligenz in der Verwaltung arbeiten.",
                "DE",
                "Schleswig-Holstein",
                "regional",
                uniLuebeck,
                2019,
                "https://www.uni-luebeck.de",
                List.of("ozg-07", "ozg-10"),
                List.of("user-research", "co-creation", "prototyping"),
                List.of("de", "en")));
    long prosozLab =
        labs.seed(
            lab(
                "Prosoz Digitalisierungslabor",
                "Prosoz Lab",
                "Prosoz Herten entwickelt mit Kommunen Online-Dienste für Sozialleistungen und arbeitet im Digitalisierungslabor mit Nutzerinnen und Nutzern an BAföG Digital mit.",
                "DE",
                "Nordrhein-Westfalen",
                "municipal",
                prosoz,
                2018,
                "https://www.prosoz.de",
                List.of("ozg-03", "ozg-06"),
                List.of("design-thinking", "agile", "usability-testing"),
                List.of("de")));
    long saarLab =
        labs.seed(
            lab(
                "Digitalisierungslabor Saarland",
                "DigiLab Saar",
                "Das Labor im saarländischen Finanzministerium entwickelt Einer-für-Alle-Leistungen (EfA) und testet Chatbots für Bürgeranfragen.",
                "DE",
                "Saarland",
                "regional",
                saarland,
                2020,
                "https://www.saarland.de",
                List.of("ozg-12", "ozg-10"),
                List.of("service-design", "prototyping", "agile"),
                List.of("de", "fr")));
    long swissLab =
        labs.seed(
            lab(
                "Swiss Federal Administration Innovation Lab",
                "CH Lab",
                "The innovation lab of the Swiss federal administration works on multilingual services and machine translation between German, French and Italian.",
                "CH",
                null,
                "national",
                swiss,
                2019,
                "https://www.bk.admin.ch",
                List.of("cofog-01"),
                List.of("design-thinking", "hackathon"),
                List.of("de", "fr", "it", "en")));
    long estoniaLab =
        labs.seed(
            lab(
                "Estonian Digital State Lab",
                "e-Estonia Lab",
                "Estonia's digital state builds proactive public services and virtual assistants (Bürokratt) on the X-Road data exchange.",
                "EE",
                null,
                "national",
                estonia,
                2017,
                "https://www.ria.ee",
                List.of("cofog-01", "cofog-10"),
                List.of("service-design", "agile"),
                List.of("et", "en")));

    long editor =
        accounts.seedAccount(
            "editor@demo.digilabs.localhost", "Dana Demo", DEMO_PASSWORD, false, true);
    long member =
        accounts.seedAccount(
            "member@demo.digilabs.localhost", "Max Muster", DEMO_PASSWORD, false, true);
    accounts.seedMembership(luebeckLab, editor, true);
    accounts.seedMembership(prosozLab, editor, true);
    accounts.seedMembership(saarLab, member, false);

    projects.seed(
        project(
            "BAföG Digital",
            "Students apply for federal training assistance (BAföG) online, once for all states (Einer für Alle).",
            "BAföG Digital was built with students in user research sessions and released as an **Einer-für-Alle** service that all German states reuse.",
            prosozLab,
            List.of(luebeckLab),
            List.of(prosoz),
            "DE",
            "national",
            List.of("ozg-03"),
            List.of("process-automation"),
            "scale",
            "live",
            LocalDate.of(2019, 3, 1),
            LocalDate.of(2021, 8, 1),
            "Applications are filed online in one go; paper forms and re-keying disappeared.",
            List.of(
                new ProjectCommand.Figure(
                    "Share of online applications", new BigDecimal("70"), "%")),
            "Testing every form step with students early.",
            "Harmonising the states' back-office systems took longer than planned.",
            "Involve the back offices from the first sprint.",
            List.of("citizens", "administration", "vendors"),
            List.of("design", "it", "law"),
            true,
            "https://www.bafoeg-digital.de",
            "EfA",
            "de"));
    projects.seed(
        project(
            "Chatbot für Bürgeranfragen",
            "A public-service chatbot answers common citizen questions around the clock and hands over to staff when needed.",
            "Das Labor testete einen Chatbot für häufige Anfragen. Antworten verweisen stets auf die zuständige Stelle.",
            saarLab,
            List.of(),
            List.of(saarland),
            "DE",
            "regional",
            List.of("ozg-10"),
            List.of("chatbot"),
            "pilot",
            "pilot",
            LocalDate.of(2021, 1, 15),
            null,
            "Fewer routine calls; staff answer the complex cases.",
            List.of(),
            "Starting with a narrow set of questions.",
            "Users expected the bot to know their own case.",
            "Say clearly what the bot cannot do.",
            List.of("citizens", "administration", "data-protection"),
            List.of("data-science", "communication"),
            false,
            null,
            null,
            "de"));
    projects.seed(
        project(
            "Machine translation for administration",
            "Machine translation between the federal languages helps staff draft multilingual texts faster.",
            "The Swiss lab evaluated machine translation engines for administrative German, French and Italian, with human review of every published text.",
            swissLab,
            List.of(estoniaLab),
            List.of(swiss),
            "CH",
            "national",
            List.of("cofog-01"),
            List.of("machine-translation"),
            "test",
            "in-development",
            LocalDate.of(2020, 6, 1),
            null,
            null,
            List.of(),
            "Terminology lists per office.",
            "Legal texts still need human translators.",
            null,
            List.of("administration", "research"),
            List.of("it", "social-science"),
            false,
            null,
            null,
            "en"));
    projects.seed(
        project(
            "Robotik für den Katastrophenschutz",
            "Robots and drones support disaster protection teams in situations too dangerous for people.",
            "Gemeinsam mit Einsatzkräften erprobte das Labor an der Universität zu Lübeck Robotik im Katastrophenschutz.",
            luebeckLab,
            List.of(),
            List.of(uniLuebeck),
            "DE",
            "regional",
            List.of("ozg-11"),
            List.of("robotics", "computer-vision"),
            "prototype",
            "pilot",
            LocalDate.of(2021, 4, 1),
            null,
            null,
            List.of(),
            "Exercises with the fire brigade.",
            null,
            null,
            List.of("administration", "research"),
            List.of("it", "design"),
            false,
            null,
            null,
            "de"));
  }

  private static LabCommand lab(
      String name,
      String shortName,
      String description,
      String country,
      String region,
      String level,
      long host,
      int founded,
      String website,
      List<String> areas,
      List<String> methods,
      List<String> languages) {
    return new LabCommand(
        name,
        shortName,
        description,
        country,
        region,
        level,
        host,
        founded,
        website,
        null,
        areas,
        methods,
        languages,
        "active",
        null);
  }

  private static ProjectCommand project(
      String title,
      String summary,
      String description,
      long lead,
      List<Long> partnerLabs,
      List<Long> organisations,
      String country,
      String level,
      List<String> areas,
      List<String> technologies,
      String phase,
      String status,
      LocalDate start,
      LocalDate live,
      String outcomes,
      List<ProjectCommand.Figure> figures,
      String worked,
      String failed,
      String differently,
      List<String> stakeholders,
      List<String> disciplines,
      boolean reusable,
      String reuseUrl,
      String licence,
      String language) {
    return new ProjectCommand(
        title,
        summary,
        description,
        lead,
        partnerLabs,
        organisations,
        country,
        level,
        areas,
        List.of(),
        technologies,
        phase,
        status,
        start,
        live,
        outcomes,
        figures,
        worked,
        failed,
        differently,
        stakeholders,
        disciplines,
        reusable,
        reuseUrl,
        licence,
        List.of(),
        language,
        null);
  }
}
