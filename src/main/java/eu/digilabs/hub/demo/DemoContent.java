package eu.digilabs.hub.demo;

import eu.digilabs.hub.accounts.AccountService;
import eu.digilabs.hub.events.EventCommand;
import eu.digilabs.hub.events.EventService;
import eu.digilabs.hub.events.SessionCommand;
import eu.digilabs.hub.events.SpeakerCommand;
import eu.digilabs.hub.knowledge.ArticleCommand;
import eu.digilabs.hub.knowledge.ArticleService;
import eu.digilabs.hub.knowledge.FailureReportCommand;
import eu.digilabs.hub.knowledge.FailureReportService;
import eu.digilabs.hub.labs.LabCommand;
import eu.digilabs.hub.labs.LabFilter;
import eu.digilabs.hub.labs.LabService;
import eu.digilabs.hub.projects.ProjectCommand;
import eu.digilabs.hub.projects.ProjectService;
import eu.digilabs.hub.shared.startup.StartupTask;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
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
 * {@code hub.demo.enabled} says; with demo content off (or {@code prod}) the demo accounts, which
 * have a published password, cannot sign in, even if an earlier start created them.
 */
@Component
class DemoContent extends StartupTask {

  private static final Logger log = LoggerFactory.getLogger(DemoContent.class);

  /** Password of the demo accounts, which exist only in demo installations. */
  static final String DEMO_PASSWORD = "digilabs-demo-2021";

  private final LabService labs;
  private final ProjectService projects;
  private final EventService events;
  private final ArticleService articles;
  private final FailureReportService failures;
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
      DemoProperties properties,
      EventService events,
      ArticleService articles,
      FailureReportService failures) {
    this.failures = failures;
    this.events = events;
    this.articles = articles;
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
      int disabled = accounts.disableDemoAccounts();
      if (disabled > 0) {
        log.info("Demo content is off: {} demo accounts can no longer sign in", disabled);
      }
      return;
    }
    accounts.restoreDemoAccounts(DEMO_PASSWORD);
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
    digilabs2021(luebeckLab, saarLab, swissLab, estoniaLab);
    userResearchWorkshop(luebeckLab, estoniaLab);
    labMethodGuide(luebeckLab, prosozLab);
    failureReports(luebeckLab);
  }

  /** The Digilabs 2021 conference in Lübeck: hybrid, with speakers in the studio and remote. */
  private void digilabs2021(long luebeckLab, long saarLab, long swissLab, long estoniaLab) {
    long event =
        events.seed(
            new EventCommand(
                "Digilabs 2021",
                """
                The yearly meeting of Germany's and Europe's public-sector digitalisation labs, \
                hosted by the Universität zu Lübeck: how labs redesign public services with the \
                people who use them, what AI can do in administration, and where labs go next.

                *Das jährliche Treffen der Digitalisierungslabore der öffentlichen Verwaltung, \
                zu Gast an der Universität zu Lübeck.*\
                """,
                "conference",
                "hybrid",
                "Universität zu Lübeck",
                "Ratzeburger Allee 160, 23562 Lübeck",
                "Europe/Berlin",
                LocalDateTime.of(2021, 11, 14, 10, 0),
                LocalDateTime.of(2021, 11, 15, 14, 0),
                List.of(luebeckLab, saarLab, swissLab, estoniaLab),
                List.of("de", "en"),
                120,
                null,
                null,
                null,
                false,
                "https://stream.example.org/digilabs-2021",
                null),
            true);
    long cio =
        events.seedSpeaker(
            event,
            speaker(
                "Federal CIO (Bundes-CIO)",
                "Federal Government Commissioner for Information Technology",
                "Federal Ministry of the Interior",
                "Opened the conference from Berlin, joining the studio remotely."));
    long hoffmann =
        events.seedSpeaker(
            event,
            speaker(
                "Lena Hoffmann",
                "Head of the digitalisation lab",
                "Universität zu Lübeck",
                "Runs the Lübeck lab; works on user research for online services. (Demo person.)"));
    long weber =
        events.seedSpeaker(
            event,
            speaker(
                "Jonas Weber",
                "AI project lead",
                "Ministerium der Finanzen und für Wissenschaft Saarland",
                "Leads the chatbot pilot for tax questions. (Demo person.)"));
    long tamm =
        events.seedSpeaker(
            event,
            speaker(
                "Kadri Tamm",
                "Service designer",
                "Estonian digital state",
                "Designs proactive public services. (Demo person.)"));
    long keller =
        events.seedSpeaker(
            event,
            speaker(
                "Martin Keller",
                "Machine translation lead",
                "Swiss Federal Administration",
                "Brings machine translation to a four-language administration. (Demo person.)"));
    session(
        event,
        "Opening",
        "keynote",
        14,
        10,
        0,
        10,
        30,
        "Studio",
        null,
        List.of(),
        List.of(cio),
        "Welcome by the hosts and the federal CIO, who joins remotely from Berlin.",
        "de");
    session(
        event,
        "AI in public administration",
        "talk",
        14,
        10,
        30,
        11,
        30,
        "Studio",
        "en",
        List.of(keller),
        List.of(),
        "Where artificial intelligence already helps administrations: chatbots, machine translation, robotics for disaster protection.",
        null);
    session(
        event,
        "Coffee break",
        "break",
        14,
        11,
        30,
        12,
        0,
        null,
        null,
        List.of(),
        List.of(),
        null,
        null);
    session(
        event,
        "Conditions for AI in public administration: experience from the labs",
        "panel",
        14,
        12,
        0,
        13,
        30,
        "Studio",
        "en",
        List.of(hoffmann, keller),
        List.of(weber, tamm),
        "Labs from Germany, Switzerland and Estonia on what AI projects need: data, skills, procurement, trust. Some panellists are in the studio, others join remotely.",
        null);
    session(
        event,
        "How digitalisation labs work and their future",
        "talk",
        15,
        10,
        0,
        11,
        0,
        "Studio",
        "de",
        List.of(hoffmann),
        List.of(),
        "The lab method (user-centred, every stakeholder at the table, interdisciplinary, agile) and where labs go next.",
        null);
    session(
        event,
        "Workshop: journey mapping for EfA services",
        "workshop",
        15,
        11,
        0,
        12,
        30,
        "Workshop room",
        "de",
        List.of(),
        List.of(tamm),
        "Hands-on: map a citizen's journey through an Einer-für-Alle online service, in the room and online.",
        null);
    session(
        event,
        "Closing",
        "talk",
        15,
        12,
        30,
        13,
        0,
        "Studio",
        "de",
        List.of(hoffmann),
        List.of(),
        "What we take home.",
        null);
  }

  /** Fictional but realistic failure reports for the demo; two of them anonymous. */
  private void failureReports(long luebeckLab) {
    failures.seed(
        new FailureReportCommand(
            "Chatbot launched before anyone asked the callers (demo)",
            "A chatbot for the citizens' service line, trained on the FAQ page, launched after"
                + " four months of development.",
            "Callers asked about their own cases, not about the FAQ; the bot could answer one"
                + " question in five, and calls did not go down.",
            List.of("user-research", "technology"),
            "Listen to a hundred calls first and sort them by what people actually need.",
            "A chatbot is only as good as the questions it was built for: collect them first.",
            "discover",
            null,
            luebeckLab,
            null,
            "en",
            false,
            null));
    failures.seed(
        new FailureReportCommand(
            "E-signature pilot that nobody could sign (demo)",
            "A pilot let citizens apply for a residents' parking permit online and sign the"
                + " application with a qualified electronic signature (e-signature) using the"
                + " eID card, a PIN and a card reader.",
            "Fewer than one applicant in twenty had an activated eID and a card reader; most gave"
                + " up at the signature step, printed the form and brought it to the office. The"
                + " e-signature pilots in two other towns stalled the same way.",
            List.of("user-research", "legal-basis"),
            "Check first whether the law really requires a signature; often the eID online"
                + " function or a simple confirmation is allowed. Test the signature step with"
                + " real applicants before the launch.",
            "An e-signature only helps if the people applying own what it needs: ask them first.",
            "test",
            null,
            luebeckLab,
            null,
            "en",
            false,
            null));
    failures.seed(
        new FailureReportCommand(
            "Pilot stopped by the tender rules (demo)",
            "An agile pilot with a small design studio for an online application form.",
            "The contract needed a full specification up front; after the first user tests the"
                + " form changed, and the contract could not follow.",
            List.of("procurement", "legal-basis"),
            "Tender for a team and a way of working, not for a finished specification.",
            "Talk to procurement in the first week, not in the third month.",
            "prototype",
            null,
            null,
            null,
            "en",
            true,
            null));
    failures.seed(
        new FailureReportCommand(
            "Daten fehlten für den Prototyp (Demo)",
            "Ein Prototyp sollte Anträge vorausfüllen, mit Daten aus einem Fachverfahren.",
            "Die Datenschutzprüfung dauerte länger als das ganze Projekt; der Prototyp blieb"
                + " ohne echte Daten und überzeugte niemanden.",
            List.of("data-protection", "stakeholder-resistance"),
            "Die Datenschutzbeauftragten vom ersten Workshop an einbinden.",
            "Datenschutz ist eine Gestaltungsfrage, keine Schlussprüfung.",
            "test",
            null,
            null,
            null,
            "de",
            true,
            null));
  }

  /** A guide to the lab method, written for the demo (in German, with an English summary). */
  private void labMethodGuide(long luebeckLab, long prosozLab) {
    articles.seed(
        new ArticleCommand(
            "Wie starte ich ein Digitalisierungslabor?",
            "A short guide to starting a digitalisation lab: people, first project, how to work.",
            """
            Ein Digitalisierungslabor bringt alle an einen Tisch, die eine Verwaltungsleistung \
            betrifft: Bürgerinnen und Bürger, Sachbearbeitung, IT, Recht und Führung.

            # Warum ein Labor?

            Online-Dienste scheitern selten an der Technik, sondern daran, dass niemand mit den \
            Menschen gesprochen hat, die sie nutzen. Ein Labor macht das zur Regel.

            # Die ersten drei Monate

            1. **Team bilden:** interdisziplinär, mit Zeit für das Labor (nicht nebenbei).
            2. **Erste Leistung wählen:** häufig genutzt, mit spürbarem Ärger, überschaubar.
            3. **Mit Nutzenden sprechen:** fünf Interviews verändern mehr als fünfzig Seiten Konzept.

            ## Was es braucht

            | Was | Wofür |
            | --- | --- |
            | Raum | Workshops, Prototypen an der Wand |
            | Mandat | Entscheidungen ohne monatelange Umwege |
            | Budget | Nutzerforschung, kleine Prototypen |

            # Arbeitsweise

            Nutzerzentriert, alle Beteiligten am Tisch, interdisziplinär und agil: in kurzen \
            Schleifen bauen, testen und verbessern.
            """,
            "guide",
            "de",
            luebeckLab,
            List.of(),
            List.of(),
            List.of("discover", "define"),
            List.of(),
            List.of(prosozLab),
            List.of(),
            "Demo guide",
            null));
  }

  /** An upcoming hybrid workshop with few seats, so the waiting list can be tried. */
  private void userResearchWorkshop(long luebeckLab, long estoniaLab) {
    LocalDateTime start =
        LocalDate.now(ZoneId.of("Europe/Tallinn")).plusDays(60).atTime(LocalTime.of(10, 0));
    long event =
        events.seed(
            new EventCommand(
                "User research for EfA services: a lab workshop",
                "A hands-on morning on interviewing citizens and testing prototypes of online services, with the Lübeck lab and Estonia's service designers. Few seats in the room; everyone else joins online.",
                "workshop",
                "hybrid",
                "Lab space, Tallinn",
                "Tallinn, Estonia (demo venue)",
                "Europe/Tallinn",
                start,
                start.plusHours(3),
                List.of(luebeckLab, estoniaLab),
                List.of("en"),
                2,
                null,
                null,
                null,
                false,
                "https://meet.example.org/user-research-workshop",
                null),
            true);
    long tamm =
        events.seedSpeaker(
            event, speaker("Kadri Tamm", "Service designer", "Estonian digital state", null));
    events.seedSession(
        event,
        new SessionCommand(
            "Interviewing citizens",
            "workshop",
            start,
            start.plusMinutes(90),
            "Lab space",
            "How to find, invite and interview the people a service is for.",
            "en",
            List.of(tamm),
            List.of(),
            null));
    events.seedSession(
        event,
        new SessionCommand(
            "Testing prototypes",
            "workshop",
            start.plusMinutes(90),
            start.plusHours(3),
            "Lab space",
            "Paper and click prototypes, tested with five people.",
            "en",
            List.of(tamm),
            List.of(),
            null));
  }

  private void session(
      long event,
      String title,
      String kind,
      int day,
      int fromHour,
      int fromMinute,
      int toHour,
      int toMinute,
      String room,
      String language,
      List<Long> inTheRoom,
      List<Long> remote,
      String summary,
      String summaryLanguage) {
    events.seedSession(
        event,
        new SessionCommand(
            title,
            kind,
            LocalDateTime.of(2021, 11, day, fromHour, fromMinute),
            LocalDateTime.of(2021, 11, day, toHour, toMinute),
            room,
            summary,
            language != null ? language : summaryLanguage,
            inTheRoom,
            remote,
            null));
  }

  private static SpeakerCommand speaker(String name, String role, String organisation, String bio) {
    return new SpeakerCommand(name, role, organisation, bio, null, null);
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
