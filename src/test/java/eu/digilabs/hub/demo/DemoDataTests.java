package eu.digilabs.hub.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.digilabs.hub.events.EventCommand;
import eu.digilabs.hub.events.SessionCommand;
import eu.digilabs.hub.knowledge.ArticleCommand;
import eu.digilabs.hub.knowledge.FailureReportCommand;
import eu.digilabs.hub.labs.LabCommand;
import eu.digilabs.hub.projects.ProjectCommand;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** The demo data files read into the commands a lab, an organiser or an author would send. */
class DemoDataTests {

  private final DemoData data = new DemoData(JsonMapper.builder().build());

  private DemoKeys keys() {
    DemoKeys keys = new DemoKeys();
    long id = 100;
    for (OrganisationEntry o : data.labs().organisations()) {
      keys.organisation(o.key(), id++);
    }
    for (LabEntry lab : data.labs().labs()) {
      keys.lab(lab.key(), id++);
    }
    for (ProjectEntry project : data.projects()) {
      keys.project(project.title(), id++);
    }
    return keys;
  }

  @Test
  void sixLabsHostedBySixOrganisations() {
    LabsFile file = data.labs();
    assertThat(file.organisations()).hasSize(6);
    assertThat(file.labs())
        .extracting(LabEntry::shortName)
        .containsExactly(
            "DigiLab Lübeck",
            "Prosoz Lab",
            "DigiLab Saar",
            "CH Lab",
            "e-Estonia Lab",
            "LabIP Ejemplo");
    LabCommand swiss = file.labs().get(3).command(keys());
    assertThat(swiss.hostOrganisationId()).isEqualTo(103);
    assertThat(swiss.region()).isNull();
    assertThat(swiss.status()).isEqualTo("active");
    assertThat(swiss.languages()).containsExactly("de", "fr", "it", "en");
  }

  @Test
  void solutionsNameTheirProviderTheProjectsThatBuiltThemAndExampleUptakes() {
    List<SolutionEntry> solutions = data.solutions();
    assertThat(solutions).extracting(SolutionEntry::name).startsWith("BAföG Digital");
    assertThat(solutions.subList(1, solutions.size()))
        .allSatisfy(s -> assertThat(s.name()).endsWith("(Demo)"));
    DemoKeys keys = keys();
    for (SolutionEntry solution : solutions) {
      var command = solution.command(keys, List.of());
      assertThat(command.builtByProjectIds()).isNotEmpty();
      assertThat(command.providerLabId()).isNotNull();
      solution.uptakes().forEach(u -> assertThat(u.note()).containsIgnoringCase("demo"));
    }
    SolutionEntry bafoeg = solutions.get(0);
    assertThat(bafoeg.ozgServices()).containsExactly("10056");
    assertThat(bafoeg.uptakes())
        .extracting(SolutionEntry.UptakeEntry::publicFrom)
        .contains("never", "onboarding");
  }

  @Test
  void projectsNameTheirLabsAndOzgServices() {
    List<ProjectEntry> projects = data.projects();
    assertThat(projects)
        .extracting(ProjectEntry::title)
        .containsExactly(
            "BAföG Digital",
            "Chatbot für Bürgeranfragen",
            "Machine translation for administration",
            "Robotik für den Katastrophenschutz",
            "Cita previa sin esperas");
    ProjectEntry bafoeg = projects.get(0);
    assertThat(bafoeg.ozgServices()).containsExactly("10056");
    ProjectCommand command = bafoeg.command(keys(), List.of(7L));
    assertThat(command.leadLabId()).isEqualTo(107);
    assertThat(command.partnerLabIds()).containsExactly(106L);
    assertThat(command.partnerOrganisationIds()).containsExactly(101L);
    assertThat(command.serviceIds()).containsExactly(7L);
    assertThat(command.startDate()).isEqualTo(LocalDate.of(2019, 3, 1));
    assertThat(command.goLiveDate()).isEqualTo(LocalDate.of(2021, 8, 1));
    assertThat(command.figures())
        .containsExactly(
            new ProjectCommand.Figure("Share of online applications", new BigDecimal("70"), "%"));
    assertThat(command.reusable()).isTrue();
    assertThat(projects.get(2).command(keys(), List.of()).outcomes()).isNull();
  }

  @Test
  void theConferenceKeepsItsDatesAndTheWorkshopStaysUpcoming() {
    List<EventEntry> events = data.events();
    EventEntry conference = events.get(0);
    DemoTimes fixed = conference.times(LocalDate.of(2026, 11, 30));
    EventCommand digilabs = conference.command(keys(), fixed);
    assertThat(digilabs.start()).isEqualTo(LocalDateTime.of(2021, 11, 14, 10, 0));
    assertThat(digilabs.end()).isEqualTo(LocalDateTime.of(2021, 11, 15, 14, 0));
    assertThat(digilabs.labIds()).containsExactly(106L, 108L, 109L, 110L);
    assertThat(digilabs.description()).startsWith("The yearly meeting").endsWith("Lübeck.*");
    assertThat(conference.speakers()).hasSize(5);
    assertThat(conference.sessions()).hasSize(7);

    EventEntry workshop = events.get(1);
    DemoTimes relative = workshop.times(LocalDate.of(2026, 11, 30));
    EventCommand upcoming = workshop.command(keys(), relative);
    assertThat(upcoming.start()).isEqualTo(LocalDateTime.of(2027, 1, 29, 10, 0));
    assertThat(upcoming.end()).isEqualTo(LocalDateTime.of(2027, 1, 29, 13, 0));
    assertThat(upcoming.capacityOnSite()).isEqualTo(2);
  }

  @Test
  void sessionsNameTheirSpeakersInTheRoomAndRemote() {
    EventEntry conference = data.events().get(0);
    Map<String, Long> speakers =
        Map.of("cio", 1L, "hoffmann", 2L, "weber", 3L, "tamm", 4L, "keller", 5L);
    DemoTimes times = conference.times(LocalDate.of(2026, 11, 30));
    SessionCommand panel = conference.sessions().get(3).command(times, speakers);
    assertThat(panel.speakerIds()).containsExactly(2L, 5L);
    assertThat(panel.remoteSpeakerIds()).containsExactly(3L, 4L);
    assertThat(panel.start()).isEqualTo(LocalDateTime.of(2021, 11, 14, 12, 0));
    SessionCommand coffee = conference.sessions().get(2).command(times, speakers);
    assertThat(coffee.room()).isNull();
    assertThat(coffee.language()).isNull();
    assertThatThrownBy(() -> conference.sessions().get(0).command(times, Map.of()))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void articlesAndFailureReportsNameTheirLabs() {
    ArticleCommand guide = data.articles().get(0).command(keys());
    assertThat(guide.labId()).isEqualTo(106);
    assertThat(guide.labIds()).containsExactly(107L);
    assertThat(guide.body()).contains("# Warum ein Labor?").endsWith("verbessern.\n");
    List<FailureReportCommand> reports =
        data.failures().stream().map(f -> f.command(keys())).toList();
    assertThat(reports)
        .extracting(FailureReportCommand::anonymous)
        .containsExactly(false, false, true, true);
    assertThat(reports.get(2).labId()).isNull();
    assertThat(reports.get(0).labId()).isEqualTo(106);
  }

  @Test
  void accountsNameTheLabsTheyBelongTo() {
    assertThat(data.accounts())
        .extracting(PersonEntry::email)
        .containsExactly("editor@demo.digilabs.localhost", "member@demo.digilabs.localhost");
    assertThat(data.accounts().get(0).editorOf()).containsExactly("luebeck", "prosoz");
  }

  @Test
  void anUnknownKeyIsAMistakeInTheData() {
    assertThatThrownBy(() -> new DemoKeys().lab("nowhere"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("nowhere");
  }

  @Test
  void servicesFoundLaterAreAddedToThoseTheProjectNames() {
    ProjectCommand command = data.projects().get(0).command(keys(), List.of(7L));
    ProjectCommand linked = command.withServices(List.of(7L, 9L));
    assertThat(linked.serviceIds()).containsExactly(7L, 9L);
    assertThat(linked).usingRecursiveComparison().ignoringFields("serviceIds").isEqualTo(command);
  }
}
