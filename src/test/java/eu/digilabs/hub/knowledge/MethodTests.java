package eu.digilabs.hub.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import eu.digilabs.hub.HubTest;
import eu.digilabs.hub.TestPages;
import eu.digilabs.hub.accounts.TestAccounts;
import eu.digilabs.hub.projects.ProjectFilter;
import eu.digilabs.hub.projects.ProjectService;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.result.MockMvcResultMatchers;

/**
 * The method toolkit: the twelve bundled cards in German and English, by phase in the lab method's
 * order, "which method now?", a card with the failure reports of its phase, search.
 */
@HubTest
class MethodTests {

  @Autowired MockMvc mvc;
  @Autowired ApplicationContext context;
  @Autowired MethodService methods;
  @Autowired ProjectService projects;

  @Test
  void twelveCardsInBothLanguagesByPhase() throws Exception {
    List<MethodView> en = methods.find(null, null, null, "en");
    assertThat(en).hasSizeGreaterThanOrEqualTo(12);
    assertThat(en).allMatch(m -> m.language().equals("en"));
    assertThat(methods.find(null, null, null, "de")).allMatch(m -> m.language().equals("de"));
    assertThat(en.stream().map(MethodView::phase).distinct().toList())
        .containsExactly("discover", "define", "ideate", "prototype", "test", "implement", "scale");
    String de = TestPages.html(mvc, context, null, "/methods", "de");
    assertThat(de)
        .contains("Methodenkoffer", "Stakeholder-Landkarte", "Nutzerinterviews", "Retrospektive")
        .contains("Entdecken", "Skalieren");
    assertThat(de.indexOf("Entdecken")).isLessThan(de.indexOf("Skalieren"));
    assertThat(TestPages.html(mvc, context, null, "/methods"))
        .contains("Stakeholder mapping", "Usability testing");
  }

  @Test
  void whichMethodNowFitsPhaseTimeAndGroup() throws Exception {
    List<String> fit =
        methods.find("discover", 60, 2, "en").stream().map(MethodView::code).toList();
    assertThat(fit).containsExactly("user-interviews");
    assertThat(methods.find("discover", 120, 2, "en"))
        .extracting(MethodView::code)
        .containsExactly("user-interviews", "contextual-observation");
    String answer =
        TestPages.html(mvc, context, null, "/methods?phase=discover&minutes=60&people=2");
    assertThat(answer).contains("1 methods fit:", "User interviews");
    assertThat(TestPages.html(mvc, context, null, "/methods?minutes=soon&people=-3"))
        .contains("Enter time and group size as whole numbers");
    mvc.perform(get("/api/v1/methods").param("phase", "test").param("lang", "de"))
        .andExpect(jsonPath("$[0].title").value("Usability-Test"));
    mvc.perform(get("/api/v1/methods").param("minutes", "soon")).andExpect(status().isBadRequest());
  }

  @Test
  void aCardShowsItsStepsAndWhatWentWrongInItsPhase() throws Exception {
    String card = TestPages.html(mvc, context, null, "/methods/user-interviews");
    assertThat(card)
        .contains(
            "User interviews",
            "Steps",
            "Write a guide of open questions",
            "In public administration")
        .contains("Chatbot launched before anyone asked the callers");
    mvc.perform(get("/methods/no-such-method")).andExpect(status().isNotFound());
    mvc.perform(get("/api/v1/search").param("q", "Nutzerinterviews"))
        .andExpect(jsonPath("$.hits[0].type").value("method"));
  }

  @Test
  void adminsAttachTemplatesAndLinkExampleProjects() throws Exception {
    byte[] pdf = "%PDF-1.4\n%%EOF\n".getBytes();
    var upload =
        MockMvcRequestBuilders.multipart("/methods/user-interviews/templates")
            .file(new MockMultipartFile("file", "Interview guide.pdf", "application/pdf", pdf))
            .with(
                org.springframework.security.test.web.servlet.request
                    .SecurityMockMvcRequestPostProcessors.csrf());
    String member = TestAccounts.member(context, "method-member@example.org");
    mvc.perform(upload.with(TestAccounts.as(context, member))).andExpect(status().isForbidden());
    mvc.perform(
            MockMvcRequestBuilders.multipart("/methods/user-interviews/templates")
                .file(new MockMultipartFile("file", "Interview guide.pdf", "application/pdf", pdf))
                .with(
                    org.springframework.security.test.web.servlet.request
                        .SecurityMockMvcRequestPostProcessors.csrf())
                .with(TestAccounts.as(context, "admin@digilabs.localhost")))
        .andExpect(status().is3xxRedirection());
    var template = methods.templates("user-interviews").get(0);
    mvc.perform(get(template.path()))
        .andExpect(status().isOk())
        .andExpect(MockMvcResultMatchers.content().contentType("application/pdf"));
    long project =
        projects
            .list(
                new ProjectFilter(
                    "BAföG", null, null, null, null, null, null, null, null, null, null, null,
                    null),
                0,
                1)
            .getContent()
            .get(0)
            .id();
    mvc.perform(
            MockMvcRequestBuilders.post("/methods/user-interviews/examples")
                .param("projectIds", project + ", 999999")
                .with(
                    org.springframework.security.test.web.servlet.request
                        .SecurityMockMvcRequestPostProcessors.csrf())
                .with(TestAccounts.as(context, "admin@digilabs.localhost")))
        .andExpect(MockMvcResultMatchers.flash().attributeExists("problem"));
    mvc.perform(
            MockMvcRequestBuilders.post("/methods/user-interviews/examples")
                .param("projectIds", Long.toString(project))
                .with(
                    org.springframework.security.test.web.servlet.request
                        .SecurityMockMvcRequestPostProcessors.csrf())
                .with(TestAccounts.as(context, "admin@digilabs.localhost")))
        .andExpect(status().is3xxRedirection());
    assertThat(TestPages.html(mvc, context, null, "/methods/user-interviews"))
        .contains("BAföG Digital", "Interview guide.pdf");
  }
}
