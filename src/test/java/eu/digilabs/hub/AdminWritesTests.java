package eu.digilabs.hub;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import eu.digilabs.hub.accounts.AccountService;
import eu.digilabs.hub.accounts.TestAccounts;
import eu.digilabs.hub.assistant.AssistantService;
import eu.digilabs.hub.labs.LabService;
import eu.digilabs.hub.projects.Imports;
import eu.digilabs.hub.taxonomy.Taxonomy;
import eu.digilabs.hub.taxonomy.Vocabulary;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.test.web.servlet.result.MockMvcResultMatchers;

/**
 * Writes that belong to no lab: organisations (members add, admins change), vocabularies and
 * imports (admins only).
 */
@HubTest
class AdminWritesTests {

  static final String ADMIN = "admin@digilabs.localhost";

  @Autowired MockMvc mvc;
  @Autowired ApplicationContext context;
  @Autowired AccountService accounts;
  @Autowired LabService labs;
  @Autowired Taxonomy taxonomy;
  @Autowired Imports imports;

  String token(String email) {
    return "Bearer "
        + accounts.createToken(accounts.byEmail(email).orElseThrow().id(), "admin-writes");
  }

  @Test
  void organisationsAreAddedByMembersAndChangedByAdminsOnly() throws Exception {
    String member = TestAccounts.member(context, "org-member@example.org");
    mvc.perform(
            post("/api/v1/organisations")
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"name\":\"Stadt Kiel\"}"))
        .andExpect(status().isUnauthorized());
    mvc.perform(
            post("/api/v1/organisations")
                .header("Authorization", token(member))
                .contentType(MediaType.APPLICATION_JSON)
                .content(
                    "{\"name\":\"Stadt Kiel\",\"type\":\"public-authority\",\"country\":\"DE\"}"))
        .andExpect(status().isCreated());
    long id = labs.organisationNamed("Stadt Kiel", null, null, false);
    String update =
        "{\"version\":0,\"name\":\"Landeshauptstadt Kiel\",\"type\":\"public-authority\",\"country\":\"DE\"}";
    mvc.perform(
            put("/api/v1/organisations/" + id)
                .header("Authorization", token(member))
                .contentType(MediaType.APPLICATION_JSON)
                .content(update))
        .andExpect(status().isForbidden());
    mvc.perform(
            put("/api/v1/organisations/" + id)
                .header("Authorization", token(ADMIN))
                .contentType(MediaType.APPLICATION_JSON)
                .content(update))
        .andExpect(status().isOk());
    mvc.perform(
            put("/api/v1/organisations/" + id)
                .header("Authorization", token(ADMIN))
                .contentType(MediaType.APPLICATION_JSON)
                .content(update))
        .andExpect(status().isConflict());
    mvc.perform(delete("/api/v1/organisations/" + id).header("Authorization", token(member)))
        .andExpect(status().isForbidden());
    mvc.perform(delete("/api/v1/organisations/" + id).header("Authorization", token(ADMIN)))
        .andExpect(status().isNoContent());
    mvc.perform(get("/api/v1/organisations/" + id)).andExpect(status().isNotFound());
  }

  @Test
  void anOrganisationIsAddedOnItsPageWithErrorsNextToTheFields() throws Exception {
    String member = TestAccounts.member(context, "org-page@example.org");
    mvc.perform(
            post("/organisations")
                .with(csrf())
                .with(TestAccounts.as(context, member))
                .param("lang", "en")
                .param("name", "")
                .param("website", "nope"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("id=\"name-error\"")))
        .andExpect(content().string(containsString("value=\"nope\"")));
    mvc.perform(
            post("/organisations")
                .with(csrf())
                .with(TestAccounts.as(context, member))
                .param("name", "Hochschule Harz")
                .param("type", "university")
                .param("country", "DE"))
        .andExpect(status().is3xxRedirection());
    mvc.perform(get("/organisations").param("q", "Harz").param("lang", "en"))
        .andExpect(content().string(containsString("Hochschule Harz")))
        .andExpect(content().string(containsString("University")));
    mvc.perform(post("/organisations").param("name", "Anonym").with(csrf()))
        .andExpect(status().is3xxRedirection());
    assertThat(labs.organisations("Anonym", null, null, PageRequest.of(0, 1)).getTotalElements())
        .isZero();
  }

  @Test
  void adminsRelabelAndAddVocabularyEntriesWithoutARestart() throws Exception {
    String member = TestAccounts.member(context, "tax-member@example.org");
    String body =
        "{\"code\":\"digital-twin\",\"labelDe\":\"Digitaler Zwilling\",\"labelEn\":\"Digital twin\"}";
    mvc.perform(
            post("/api/v1/taxonomies/technology")
                .contentType(MediaType.APPLICATION_JSON)
                .content(body))
        .andExpect(status().isUnauthorized());
    mvc.perform(
            post("/api/v1/taxonomies/technology")
                .header("Authorization", token(member))
                .contentType(MediaType.APPLICATION_JSON)
                .content(body))
        .andExpect(status().isForbidden());
    mvc.perform(
            post("/api/v1/taxonomies/technology")
                .header("Authorization", token(ADMIN))
                .contentType(MediaType.APPLICATION_JSON)
                .content(body))
        .andExpect(status().isCreated());
    mvc.perform(
            post("/api/v1/taxonomies/technology")
                .header("Authorization", token(ADMIN))
                .contentType(MediaType.APPLICATION_JSON)
                .content(body))
        .andExpect(status().isBadRequest());
    assertThat(taxonomy.label(Vocabulary.TECHNOLOGY, "digital-twin", Locale.GERMAN))
        .isEqualTo("Digitaler Zwilling");

    mvc.perform(
            post("/admin/taxonomies/technology/robotics")
                .with(csrf())
                .with(TestAccounts.as(context, member))
                .param("labelDe", "x")
                .param("labelEn", "y"))
        .andExpect(status().isForbidden());
    long version = taxonomy.find(Vocabulary.TECHNOLOGY, "robotics").orElseThrow().version();
    mvc.perform(
            post("/admin/taxonomies/technology/robotics")
                .with(csrf())
                .with(TestAccounts.as(context, ADMIN))
                .param("labelDe", "Robotik und Drohnen")
                .param("labelEn", "Robotics and drones")
                .param("active", "true")
                .param("version", Long.toString(version)))
        .andExpect(status().is3xxRedirection());
    mvc.perform(get("/projects").param("technology", "robotics").param("lang", "en"))
        .andExpect(content().string(containsString("Robotics and drones")));
    mvc.perform(
            get("/admin/taxonomies")
                .param("vocabulary", "technology")
                .with(TestAccounts.as(context, ADMIN)))
        .andExpect(content().string(containsString("Digitaler Zwilling")));
  }

  @Test
  void adminsUploadAnOzgExportAndFollowItsProgress() throws Exception {
    String member = TestAccounts.member(context, "import-member@example.org");
    MockMultipartFile subjects =
        new MockMultipartFile(
            "files",
            "ozg_subject.csv",
            "text/csv",
            Files.readAllBytes(TestData.path("reference-data/ozg/ozg_subject.csv")));
    MockMultipartFile situations =
        new MockMultipartFile(
            "files",
            "ozg_situation.csv",
            "text/csv",
            Files.readAllBytes(TestData.path("reference-data/ozg/ozg_situation.csv")));
    MockMultipartFile services =
        new MockMultipartFile(
            "files",
            "ozg_service_system.csv",
            "text/csv",
            Files.readAllBytes(TestData.path("reference-data/ozg/ozg_service_system.csv")));
    MockMultipartFile leika =
        new MockMultipartFile(
            "files",
            "ozg_service.csv",
            "text/csv",
            Files.readAllBytes(TestData.path("reference-data/ozg/ozg_service.csv")));
    mvc.perform(
            multipart("/admin/imports/ozg")
                .file(subjects)
                .with(csrf())
                .with(TestAccounts.as(context, member)))
        .andExpect(status().isForbidden());
    String job =
        mvc.perform(
                multipart("/admin/imports/ozg")
                    .file(subjects)
                    .file(situations)
                    .file(services)
                    .file(leika)
                    .with(csrf())
                    .with(TestAccounts.as(context, ADMIN)))
            .andExpect(status().is3xxRedirection())
            .andReturn()
            .getResponse()
            .getRedirectedUrl();
    mvc.perform(get(job).with(TestAccounts.as(context, ADMIN)).param("lang", "en"))
        .andExpect(content().string(containsString("<progress")));
    await()
        .atMost(Duration.ofSeconds(60))
        .untilAsserted(
            () ->
                mvc.perform(
                        get(job)
                            .header("HX-Request", "true")
                            .with(TestAccounts.as(context, ADMIN))
                            .param("lang", "en"))
                    .andExpect(content().string(containsString("done:")))
                    .andExpect(content().string(containsString("5,880 of 5,880 rows"))));
  }

  @Test
  void methodTemplatesAndExamplesAreForAdminsOnly() throws Exception {
    String member = TestAccounts.member(context, "method-writes@example.org");
    for (var write :
        List.<Supplier<MockHttpServletRequestBuilder>>of(
            () ->
                post("/methods/retrospective/examples")
                    .param("projectIds", "")
                    .with(
                        org.springframework.security.test.web.servlet.request
                            .SecurityMockMvcRequestPostProcessors.csrf()),
            () ->
                post("/methods/retrospective/templates")
                    .with(
                        org.springframework.security.test.web.servlet.request
                            .SecurityMockMvcRequestPostProcessors.csrf()))) {
      mvc.perform(write.get())
          .andExpect(status().is3xxRedirection())
          .andExpect(MockMvcResultMatchers.redirectedUrl("/login"));
      mvc.perform(write.get().with(TestAccounts.as(context, member)))
          .andExpect(status().isForbidden());
      mvc.perform(write.get().with(TestAccounts.as(context, ADMIN)))
          .andExpect(status().is3xxRedirection());
    }
  }

  @Test
  void membersWriteReportsAndTakeTrainingsVisitorsAreAskedToSignIn() throws Exception {
    for (String path :
        List.of("/failure-reports", "/articles", "/courses/intro-lab-method-en/enrol")) {
      mvc.perform(
              post(path)
                  .with(
                      org.springframework.security.test.web.servlet.request
                          .SecurityMockMvcRequestPostProcessors.csrf()))
          .andExpect(MockMvcResultMatchers.redirectedUrl("/login"));
    }
    mvc.perform(post("/api/v1/courses/intro-lab-method-en/enrolment"))
        .andExpect(status().isUnauthorized());
    String member = TestAccounts.member(context, "trainee-writes@example.org");
    mvc.perform(
            post("/api/v1/courses/intro-lab-method-en/enrolment")
                .header("Authorization", token(member)))
        .andExpect(status().isOk());
  }

  @Test
  void assistantSettingsAreForAdminsWhileEveryoneMayAskAndRate() throws Exception {
    String member = TestAccounts.member(context, "assistant-member@example.org");
    var assistant = context.getBean(AssistantService.class);
    long version = assistant.settings().version();
    // Admin writes: visitors are asked to sign in, members are refused, admins may.
    for (String path : List.of("/admin/assistant/logging", "/admin/assistant/rebuild")) {
      mvc.perform(post(path).param("on", "true").param("version", "" + version).with(csrf()))
          .andExpect(status().is3xxRedirection())
          .andExpect(MockMvcResultMatchers.redirectedUrl("/login"));
      mvc.perform(
              post(path)
                  .param("on", "true")
                  .param("version", "" + version)
                  .with(csrf())
                  .with(TestAccounts.as(context, member)))
          .andExpect(status().isForbidden());
      mvc.perform(get("/admin/assistant").with(TestAccounts.as(context, member)))
          .andExpect(status().isForbidden());
    }
    assertThat(assistant.settings().qualityLogging()).isFalse();
    mvc.perform(
            post("/admin/assistant/logging")
                .param("on", "true")
                .param("version", "" + version)
                .with(csrf())
                .with(TestAccounts.as(context, ADMIN)))
        .andExpect(status().is3xxRedirection());
    assertThat(assistant.settings().qualityLogging()).isTrue();
    mvc.perform(get("/admin/assistant").param("lang", "en").with(TestAccounts.as(context, ADMIN)))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Quality logging is on.")));
    mvc.perform(
            post("/admin/assistant/logging")
                .param("on", "false")
                .param("version", "" + assistant.settings().version())
                .with(csrf())
                .with(TestAccounts.as(context, ADMIN)))
        .andExpect(status().is3xxRedirection());
    assertThat(assistant.settings().qualityLogging()).isFalse();
    mvc.perform(post("/admin/assistant/rebuild").with(csrf()).with(TestAccounts.as(context, ADMIN)))
        .andExpect(status().is3xxRedirection());

    // Asking and rating: visitors and members alike (forms need their CSRF token).
    for (var who : List.<RequestPostProcessor>of(r -> r, TestAccounts.as(context, member))) {
      mvc.perform(
              post("/assistant").param("question", "What is BAföG Digital?").with(csrf()).with(who))
          .andExpect(status().is3xxRedirection())
          .andExpect(MockMvcResultMatchers.redirectedUrlPattern("/assistant?c=*"));
      mvc.perform(post("/assistant").param("question", "What is BAföG Digital?").with(who))
          .andExpect(status().isForbidden());
    }
    mvc.perform(
            post("/api/v1/assistant/answers")
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"question\":\"What is BAföG Digital?\"}"))
        .andExpect(status().isOk());
  }
}
