package eu.digilabs.hub.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import eu.digilabs.hub.Fixtures;
import eu.digilabs.hub.HubTest;
import eu.digilabs.hub.TestContent;
import eu.digilabs.hub.accounts.TestAccounts;
import eu.digilabs.hub.projects.ProjectService;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.util.UriComponentsBuilder;
import tools.jackson.databind.json.JsonMapper;

/**
 * The progress dashboard as a reader checks it: every number equals what the list it counts shows
 * under the same filters, the CSV holds exactly the numbers drawn, and the page speaks every
 * interface language.
 */
@HubTest
class DashboardTests {

  @Autowired MockMvc mvc;
  @Autowired ApplicationContext context;
  @Autowired JsonMapper json;

  String body(String path) throws Exception {
    return mvc.perform(get(path).header("Accept-Language", "en"))
        .andExpect(status().isOk())
        .andReturn()
        .getResponse()
        .getContentAsString(StandardCharsets.UTF_8);
  }

  List<CSVRecord> csv(String path) throws Exception {
    return CSVFormat.RFC4180
        .builder()
        .setHeader()
        .setSkipHeaderRecord(true)
        .get()
        .parse(new StringReader(body(path)))
        .getRecords();
  }

  long listed(String path) throws Exception {
    return json.readTree(body(path)).get("total").asLong();
  }

  @Test
  void projectFiguresEqualTheListsUnderTheSameFilters() throws Exception {
    String suffix = UUID.randomUUID().toString().substring(0, 8);
    String editor = TestAccounts.member(context, "dash-" + suffix + "@example.org");
    long lab = TestContent.labWithEditor(context, "Zähllabor " + suffix, editor);
    TestContent.publishedProject(
        context,
        Fixtures.project()
            .title("Gezählt " + suffix)
            .lab(lab)
            .country("EE")
            .status("pilot")
            .technologies("chatbot")
            .build());

    for (String filter : List.of("", "country=EE", "country=DE&level=regional")) {
      String and = filter.isEmpty() ? "" : filter + "&";
      String query = filter.isEmpty() ? "" : "?" + filter;
      List<CSVRecord> byStatus = csv("/dashboard/project-status.csv" + query);
      assertThat(byStatus).as(filter).isNotEmpty();
      for (CSVRecord row : byStatus) {
        assertThat(Long.parseLong(row.get("count")))
            .as(filter + " status " + row.get("code"))
            .isEqualTo(listed("/api/v1/projects?" + and + "status=" + row.get("code")));
      }
      for (CSVRecord row : csv("/dashboard/project-technology.csv" + query)) {
        assertThat(Long.parseLong(row.get("count")))
            .as(filter + " technology " + row.get("code"))
            .isEqualTo(listed("/api/v1/projects?" + and + "technology=" + row.get("code")));
      }
      for (CSVRecord row : csv("/dashboard/project-country.csv" + query)) {
        assertThat(Long.parseLong(row.get("count")))
            .as(filter + " country " + row.get("code"))
            .isEqualTo(
                listed(
                    UriComponentsBuilder.fromUriString("/api/v1/projects" + query)
                        .replaceQueryParam("country", row.get("code"))
                        .toUriString()));
      }
    }
    assertThat(csv("/dashboard/project-country.csv?country=EE"))
        .extracting(row -> row.get("code"))
        .containsExactly("EE");
  }

  @Test
  void aProjectCountsRightAfterItsChangeCommitsAndChangesWithoutEventAtTheNextCheck() {
    ProjectTally tally = context.getBean(ProjectTally.class);
    ProjectService projects = context.getBean(ProjectService.class);
    DashboardFilter estonia = new DashboardFilter("EE", null, null);
    long pilots = tally.counts(estonia).byStatus().getOrDefault("pilot", 0L);
    long ideas = tally.counts(estonia).byStatus().getOrDefault("idea", 0L);

    long id =
        TestContent.publishedProject(
            context,
            Fixtures.project().title("Sofort gezählt").country("EE").status("pilot").build());
    assertThat(tally.counts(estonia).byStatus().get("pilot")).isEqualTo(pilots + 1);

    context
        .getBean(JdbcTemplate.class)
        .update("update project set status = 'idea', version = version + 1 where id = ?", id);
    tally.reconcile();
    assertThat(tally.counts(estonia).byStatus().get("pilot"))
        .as("a change that announced no event counts after the revision check")
        .isEqualTo(pilots);
    assertThat(tally.counts(estonia).byStatus().get("idea")).isEqualTo(ideas + 1);

    TestAccounts.asAdmin(context, () -> projects.unpublish(id));
    assertThat(tally.counts(estonia).byStatus().getOrDefault("idea", 0L)).isEqualTo(ideas);
  }

  @Test
  void failureFiguresEqualTheReportList() throws Exception {
    List<CSVRecord> causes = csv("/dashboard/failure-cause.csv");
    assertThat(causes).isNotEmpty();
    for (CSVRecord row : causes) {
      assertThat(Long.parseLong(row.get("count")))
          .as(row.get("code"))
          .isEqualTo(listed("/api/v1/failure-reports?cause=" + row.get("code")));
    }
  }

  @Test
  void failureCausesByPhaseEqualTheReportList() throws Exception {
    List<CSVRecord> rows = csv("/dashboard/failure-cause-phase.csv");
    List<CSVRecord> causes = csv("/dashboard/failure-cause.csv");
    assertThat(rows)
        .extracting(r -> r.get("cause"))
        .containsExactlyElementsOf(causes.stream().map(r -> r.get("code")).toList());
    for (int i = 0; i < rows.size(); i++) {
      CSVRecord row = rows.get(i);
      long sum = 0;
      for (String phase : row.toMap().keySet()) {
        if (phase.equals("cause") || phase.equals("label")) {
          continue;
        }
        long count = Long.parseLong(row.get(phase));
        sum += count;
        if (!phase.equals("none")) {
          assertThat(count)
              .as(row.get("cause") + " in " + phase)
              .isEqualTo(
                  listed("/api/v1/failure-reports?cause=" + row.get("cause") + "&phase=" + phase));
        }
      }
      assertThat(sum)
          .as("every report of a cause in one column")
          .isEqualTo(Long.parseLong(causes.get(i).get("count")));
    }
    String page = body("/dashboard");
    assertThat(page).contains("<h2 id=\"failures-title\">Failure reports by cause");
    // The table draws every column the CSV holds, reports naming no phase included.
    String table =
        page.substring(
            page.indexOf("failures-title"),
            page.indexOf("</table>", page.indexOf("failures-title")));
    assertThat(table.split("<th scope=\"col\">", -1)).hasSize(rows.get(0).size());
    assertThat(table).contains("<th scope=\"col\">No phase named</th>");
  }

  @Test
  void coverageIsCountedPerLebenslageAndPerState() throws Exception {
    List<CSVRecord> rows = csv("/dashboard/coverage.csv");
    List<CSVRecord> subjects = rows.stream().filter(r -> r.get("lebenslage").isEmpty()).toList();
    assertThat(subjects).isNotEmpty();
    for (CSVRecord subject : subjects) {
      List<CSVRecord> parts =
          rows.stream()
              .filter(r -> !r.get("lebenslage").isEmpty())
              .filter(r -> r.get("themenfeld").equals(subject.get("themenfeld")))
              .toList();
      for (String column : List.of("ozgServices", "offered", "live")) {
        assertThat(parts.stream().mapToLong(r -> Long.parseLong(r.get(column))).sum())
            .as(subject.get("themenfeld") + " " + column + " is the sum of its Lebenslagen")
            .isEqualTo(Long.parseLong(subject.get(column)));
      }
    }
    long live = subjects.stream().mapToLong(r -> Long.parseLong(r.get("live"))).sum();
    assertThat(live).as("the demo's uptakes are live somewhere").isPositive();
    long liveByState = 0;
    for (String state :
        List.of(
            "DE-BW", "DE-BY", "DE-BE", "DE-BB", "DE-HB", "DE-HH", "DE-HE", "DE-MV", "DE-NI",
            "DE-NW", "DE-RP", "DE-SL", "DE-SN", "DE-ST", "DE-SH", "DE-TH")) {
      for (CSVRecord row : csv("/dashboard/coverage.csv?state=" + state)) {
        if (row.get("lebenslage").isEmpty()) {
          long inState = Long.parseLong(row.get("live"));
          liveByState += inState;
          assertThat(inState)
              .isLessThanOrEqualTo(
                  subjects.stream()
                      .filter(s -> s.get("themenfeld").equals(row.get("themenfeld")))
                      .mapToLong(s -> Long.parseLong(s.get("live")))
                      .sum());
        }
      }
    }
    assertThat(liveByState)
        .as("a service online in n states counts once in each")
        .isGreaterThanOrEqualTo(live);
    assertThat(body("/dashboard?state=DE-HH"))
        .contains("<option value=\"DE-HH\" selected>", "Online in Hamburg");
  }

  @Test
  void theCsvHoldsExactlyTheNumbersDrawn() throws Exception {
    String page = body("/dashboard?country=DE");
    for (CSVRecord row : csv("/dashboard/project-status.csv?country=DE")) {
      assertThat(page).contains(">" + row.get("label") + "</text>");
    }
    assertThat(page)
        .contains(
            "<svg class=\"chart\" role=\"img\"",
            "<title id=\"project-status-svg-title\">Projects by status</title>",
            "<desc id=\"project-status-svg-desc\">",
            "<summary>Show the numbers as a table</summary>",
            "href=\"/dashboard/project-status.csv?country=DE\"",
            "<option value=\"DE\" selected>");
    List<CSVRecord> coverage = csv("/dashboard/coverage.csv");
    assertThat(coverage).isNotEmpty();
    assertThat(coverage.stream().mapToLong(r -> Long.parseLong(r.get("offered"))).sum())
        .as("the demo's solutions cover OZG services")
        .isPositive();
    for (CSVRecord row : coverage) {
      assertThat(Long.parseLong(row.get("live")))
          .isLessThanOrEqualTo(Long.parseLong(row.get("offered")));
      assertThat(Long.parseLong(row.get("offered")))
          .isLessThanOrEqualTo(Long.parseLong(row.get("ozgServices")));
    }
    mvc.perform(get("/dashboard/nothing.csv")).andExpect(status().isNotFound());
    assertThat(body("/dashboard/project-status.csv?country=%3D1%2B1&level=nonsense"))
        .as("values no vocabulary knows are left out, not counted for")
        .isEqualTo(body("/dashboard/project-status.csv"));
  }

  @Test
  void thePageSpeaksEveryInterfaceLanguage() throws Exception {
    assertThat(
            mvc.perform(get("/dashboard").param("lang", "de"))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8))
        .contains("Fortschritts-Dashboard", "Projekte nach Stand");
    assertThat(
            mvc.perform(get("/dashboard").param("lang", "fr"))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8))
        .contains("Tableau de bord des progrès", "Projets par statut");
  }
}
