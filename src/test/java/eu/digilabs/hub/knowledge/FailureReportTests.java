package eu.digilabs.hub.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import eu.digilabs.hub.Fixtures;
import eu.digilabs.hub.HubTest;
import eu.digilabs.hub.TestContent;
import eu.digilabs.hub.accounts.AccountService;
import eu.digilabs.hub.accounts.TestAccounts;
import eu.digilabs.hub.labs.LabService;
import eu.digilabs.hub.projects.ProjectService;
import java.util.List;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.result.MockMvcResultMatchers;

/**
 * Failure reports: an anonymous report reveals its author, lab and project on no surface (pages,
 * API, search, feed, export, the project page, lessons learned), while its author and admins still
 * see them; reports are counted by cause and phase.
 */
@HubTest
class FailureReportTests {

  @Autowired MockMvc mvc;
  @Autowired ApplicationContext context;
  @Autowired LabService labs;
  @Autowired ProjectService projects;
  @Autowired AccountService accounts;
  @Autowired FailureReportService reports;

  String body(MockHttpServletRequestBuilder request) throws Exception {
    return mvc.perform(request)
        .andExpect(status().isOk())
        .andReturn()
        .getResponse()
        .getContentAsString();
  }

  long report(String author, long lab, long project, String title, boolean anonymous)
      throws Exception {
    String location =
        mvc.perform(
                post("/failure-reports")
                    .param("title", title)
                    .param("tried", "We tried a Zauberformular for every permit.")
                    .param("wentWrong", "Nobody could find the Zauberformular.")
                    .param("causes", "user-research", "procurement")
                    .param("phase", "test")
                    .param("labId", Long.toString(lab))
                    .param("projectId", Long.toString(project))
                    .param("language", "en")
                    .param("anonymous", Boolean.toString(anonymous))
                    .with(csrf())
                    .with(TestAccounts.as(context, author)))
            .andExpect(status().is3xxRedirection())
            .andReturn()
            .getResponse()
            .getRedirectedUrl();
    long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
    mvc.perform(
            post("/failure-reports/" + id + "/publish")
                .with(csrf())
                .with(TestAccounts.as(context, author)))
        .andExpect(status().is3xxRedirection());
    return id;
  }

  @Test
  void anAnonymousReportRevealsItsAuthorNowhere() throws Exception {
    String author = TestAccounts.member(context, "whistle-q@example.org");
    String authorName = "Test whistle-q@example.org";
    long lab = TestContent.labWithEditor(context, "Verborgenes Labor Quarz", author);
    long project =
        TestContent.publishedProject(
            context, Fixtures.project("Geheimprojekt Quarzsand", lab, null));
    long id = report(author, lab, project, "Zauberformular nobody found", true);
    long open = report(author, lab, project, "Zauberformular openly told", false);

    List<String> secrets =
        List.of(
            authorName,
            "whistle-q@example.org",
            "Verborgenes Labor Quarz",
            "Geheimprojekt Quarzsand",
            "/labs/" + lab + "\"",
            "/projects/" + project + "\"",
            "\"labId\":" + lab,
            "\"projectId\":" + project,
            "\"lab\":" + lab);
    String other = TestAccounts.member(context, "curious-q@example.org");
    List<String> surfaces =
        List.of(
            body(get("/failure-reports/" + id)),
            body(get("/failure-reports/" + id).with(TestAccounts.as(context, other))),
            body(get("/api/v1/failure-reports/" + id)),
            body(get("/api/v1/failure-reports").param("cause", "user-research")),
            body(get("/api/v1/search").param("q", "Zauberformular nobody")),
            body(get("/search").param("q", "Zauberformular nobody")),
            body(get("/failure-reports/feed.atom")),
            body(get("/failure-reports.csv")),
            body(get("/lessons-learned")));
    for (int i = 0; i < surfaces.size(); i++) {
      String surface = surfaces.get(i);
      assertThat(surface).as("surface %d lists the report", i).contains("Zauberformular");
      String anonymousPart = i == 0 || i == 1 || i == 2 ? surface : withoutOpenReport(surface);
      for (String secret : secrets) {
        assertThat(anonymousPart).as("surface %d reveals %s", i, secret).doesNotContain(secret);
      }
    }
    // The project page lists the open report only.
    String projectPage = body(get("/projects/" + project));
    assertThat(projectPage)
        .contains("Zauberformular openly told")
        .doesNotContain("Zauberformular nobody found");
    // The author and admins still see who wrote it.
    assertThat(body(get("/failure-reports/" + id).with(TestAccounts.as(context, author))))
        .contains(authorName, "Verborgenes Labor Quarz");
    assertThat(
            body(
                get("/failure-reports/" + id)
                    .with(TestAccounts.as(context, "admin@digilabs.localhost"))))
        .contains(authorName);
    // The open report names them.
    assertThat(body(get("/failure-reports/" + open)))
        .contains(authorName, "Verborgenes Labor Quarz", "Geheimprojekt Quarzsand");
  }

  /** The text of a surface with the open report's rows, entries and hits left out. */
  static String withoutOpenReport(String surface) {
    return surface
        .replaceAll("(?s)<entry>((?!</entry>).)*openly told.*?</entry>", "")
        .replaceAll("(?m)^.*openly told.*$", "")
        .replaceAll("(?s)\\{[^{}]*openly told[^{}]*\\}", "");
  }

  @Test
  void reportsNeedACauseAndAreCountedByCauseAndPhase() throws Exception {
    String author = TestAccounts.member(context, "counter-q@example.org");
    mvc.perform(
            post("/failure-reports")
                .param("title", "No cause")
                .param("tried", "x")
                .param("wentWrong", "y")
                .param("lang", "en")
                .with(csrf())
                .with(TestAccounts.as(context, author)))
        .andExpect(status().isOk())
        .andExpect(
            MockMvcResultMatchers.content()
                .string(Matchers.containsString("Choose at least one root cause.")))
        .andExpect(MockMvcResultMatchers.content().string(Matchers.containsString("No cause")));
    FailureReportService.Lessons before = reports.lessons();
    long lab = TestContent.lab(context, Fixtures.lab("Counting Lab Q"));
    TestAccounts.inLab(context, lab, author, false);
    long project =
        TestContent.publishedProject(context, Fixtures.project("Counting project Q", lab, null));
    report(author, lab, project, "Counted report", true);
    FailureReportService.Lessons after = reports.lessons();
    assertThat(after.byCause().get("procurement"))
        .isEqualTo(before.byCause().get("procurement") + 1);
    assertThat(after.byPhase().get("test")).isEqualTo(before.byPhase().get("test") + 1);
    assertThat(body(get("/lessons-learned").param("lang", "de")))
        .contains("Fehlende Nutzerforschung", "<svg");
    // Someone else cannot edit or take it back.
    String other = TestAccounts.member(context, "meddler-q@example.org");
    long id = reports.list(null, null, 0, 1).getContent().get(0).id();
    mvc.perform(
            post("/failure-reports/" + id + "/unpublish")
                .with(csrf())
                .with(TestAccounts.as(context, other)))
        .andExpect(status().isForbidden());
  }
}
