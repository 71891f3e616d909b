package eu.digilabs.hub.reuse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import eu.digilabs.hub.HubTest;
import eu.digilabs.hub.PubliccodeStandard;
import eu.digilabs.hub.TestContent;
import eu.digilabs.hub.TestPages;
import eu.digilabs.hub.accounts.AccountService;
import eu.digilabs.hub.accounts.BrowserSession;
import eu.digilabs.hub.accounts.TestAccounts;
import eu.digilabs.hub.projects.ChangeView;
import eu.digilabs.hub.shared.problems.Conflict;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.util.HtmlUtils;

/**
 * Importing publiccode.yml files as people and programs do: the page keeps the text and names the
 * line of each error, the API answers 201, 400, 401, 403 and 409, nothing is created from a file
 * that fails, the export is YAML that passes the standard's checks (and not found for a hidden
 * draft), and real files come back as the same solution after export and import.
 */
@HubTest
class PubliccodeImportTests {

  @Autowired MockMvc mvc;
  @Autowired ApplicationContext context;
  @Autowired AccountService accounts;
  @Autowired PubliccodeImport imports;
  @Autowired PubliccodeExport exports;
  @Autowired SolutionEditing editing;
  @Autowired SolutionService solutionService;
  @Autowired Solutions solutions;
  @Autowired PlatformTransactionManager transactions;

  /** An editor of a new lab: their email and the lab. */
  record Editor(String email, long lab) {}

  Editor editor() {
    String suffix = UUID.randomUUID().toString().substring(0, 8);
    String email = TestAccounts.member(context, "pci-" + suffix + "@example.org");
    return new Editor(email, TestContent.labWithEditor(context, "Importlabor " + suffix, email));
  }

  String token(String email) {
    return accounts.createToken(accounts.byEmail(email).orElseThrow().id(), "test");
  }

  /** A small valid file of its own repository, with a longer description and a warning. */
  static String file(String name) {
    return """
        publiccodeYmlVersion: "0.4"
        name: %s
        url: https://example.org/%s.git
        developmentStatus: stable
        softwareType: standalone/web
        platforms: [web]
        description:
          de:
            shortDescription: Anträge online stellen und verfolgen.
            longDescription: >
              Bürgerinnen und Bürger stellen Anträge online, sehen jederzeit, wie weit sie sind,
              und laden Nachweise hoch. Die Verwaltung bearbeitet sie in einer Oberfläche, die
              sich an das Fachverfahren anbinden lässt.
            features:
              - Anträge stellen
        legal:
          license: EUPL-1.2
        maintenance:
          type: none
        localisation:
          localisationReady: false
          availableLanguages: [de]
        unknownKey: warns
        """
        .formatted(name, name.toLowerCase().replace(' ', '-'));
  }

  /** The same file with an invalid licence on line 17. */
  static String broken(String name) {
    return file(name).replace("license: EUPL-1.2", "license: EUPL 1.2 or later");
  }

  long count() {
    return solutions.count();
  }

  @Test
  void aMemberSeesTheFormWithItsLabelsAndTheListLinksToIt() throws Exception {
    Editor editor = editor();
    String form = TestPages.html(mvc, context, editor.email(), "/solutions/import");
    assertThat(form)
        .contains("enctype=\"multipart/form-data\"", "<label for=\"text\">", "<label for=\"file\">")
        .contains("aria-describedby=\"file-hint\"", "aria-describedby=\"labId-hint\"");
    assertThat(TestPages.html(mvc, context, editor.email(), "/solutions"))
        .contains("href=\"/solutions/import\"");
    mvc.perform(get("/solutions/import")).andExpect(status().is3xxRedirection());
  }

  /** The import page after the editor sent this text for their lab, expected to be refused. */
  String refused(AbstractMockHttpServletRequestBuilder<?> request, Editor editor, String text)
      throws Exception {
    return mvc.perform(
            request
                .with(csrf())
                .with(TestAccounts.as(context, editor.email()))
                .param("lang", "en")
                .param("labId", Long.toString(editor.lab()))
                .param("text", text))
        .andExpect(status().isOk())
        .andReturn()
        .getResponse()
        .getContentAsString(StandardCharsets.UTF_8);
  }

  @Test
  void aFileWithAnErrorComesBackWithTheLineAndTheTextKeptAndNothingIsCreated() throws Exception {
    Editor editor = editor();
    String text = broken("Antragsportal " + UUID.randomUUID());
    long before = count();

    String page = refused(post("/solutions/import"), editor, text);

    assertThat(page)
        .contains("id=\"error-summary\"", "cannot be imported: 1 problem")
        .contains("<code>legal.license</code>", "Line 17: legal.license")
        .contains("aria-describedby=\"text-error\"")
        .contains(HtmlUtils.htmlEscape("license: EUPL 1.2 or later"));
    assertThat(count()).isEqualTo(before);
  }

  @Test
  void pastedTextHasTheFilesLimitToo() throws Exception {
    Editor editor = editor();
    String text = file("Antragsportal " + UUID.randomUUID()) + "#" + "x".repeat(1_100_000);
    long before = count();

    // The page's form is multipart.
    String page = refused(multipart("/solutions/import"), editor, text);

    assertThat(page)
        .contains("id=\"error-summary\"", "The pasted text is larger than 1,024 KB")
        .doesNotContain("x".repeat(1000));
    assertThat(count()).isEqualTo(before);
  }

  @Test
  void aPastedFileBecomesADraftWhosePageListsTheWarnings() throws Exception {
    Editor editor = editor();
    String name = "Antragsportal " + UUID.randomUUID();

    BrowserSession browser = new BrowserSession(mvc, context);
    MvcResult result =
        browser
            .perform(
                post("/solutions/import")
                    .with(csrf())
                    .with(TestAccounts.as(context, editor.email()))
                    .param("labId", Long.toString(editor.lab()))
                    .param("text", file(name)))
            .andExpect(status().is3xxRedirection())
            .andExpect(redirectedUrlPattern("/solutions/*"))
            .andExpect(flash().attribute("notice", "publiccode.imported"))
            .andReturn();
    long id =
        Long.parseLong(result.getResponse().getRedirectedUrl().substring("/solutions/".length()));
    @SuppressWarnings("unchecked")
    List<String> warnings = (List<String>) result.getFlashMap().get("importWarnings");
    assertThat(warnings).anySatisfy(w -> assertThat(w).contains("unknownKey"));

    SolutionView solution =
        TestAccounts.acting(context, editor.email(), () -> solutionService.get(id));
    assertThat(solution.name()).isEqualTo(name);
    assertThat(solution.published()).isFalse();
    assertThat(solution.providerLabId()).isEqualTo(editor.lab());
    assertThat(solution.sourceUrl()).startsWith("https://example.org/");
    List<ChangeView> history =
        TestAccounts.acting(context, editor.email(), () -> solutionService.history(id));
    assertThat(history).extracting(ChangeView::action).containsExactly("imported");
    // The redirect's page, in the same browser: the warnings come through the session.
    String draft =
        browser
            .perform(
                get("/solutions/" + id)
                    .with(TestAccounts.as(context, editor.email()))
                    .param("lang", "en"))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString(StandardCharsets.UTF_8);
    assertThat(draft)
        .contains("imported as a draft", "worth fixing", "unknownKey")
        .contains("href=\"/solutions/" + id + "/publiccode.yml\"");
  }

  @Test
  void theApiImportsABodyAndAnUploadAndRefusesWhatItMust() throws Exception {
    Editor editor = editor();
    Editor other = editor();
    String name = "Fachverfahren " + UUID.randomUUID();
    String yaml = file(name);
    long before = count();

    mvc.perform(
            post("/api/v1/solutions/imports")
                .param("labId", Long.toString(editor.lab()))
                .contentType("application/yaml")
                .content(yaml.getBytes(StandardCharsets.UTF_8)))
        .andExpect(status().isUnauthorized());
    mvc.perform(
            post("/api/v1/solutions/imports")
                .header("Authorization", "Bearer " + token(other.email()))
                .param("labId", Long.toString(editor.lab()))
                .contentType("application/yaml")
                .content(yaml.getBytes(StandardCharsets.UTF_8)))
        .andExpect(status().isForbidden());
    mvc.perform(
            post("/api/v1/solutions/imports")
                .header("Authorization", "Bearer " + token(editor.email()))
                .header("Accept-Language", "en")
                .param("labId", Long.toString(editor.lab()))
                .contentType("application/yaml")
                .content(broken(name).getBytes(StandardCharsets.UTF_8)))
        .andExpect(status().isBadRequest())
        .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(jsonPath("$.errors[0].field").value("legal.license"))
        .andExpect(jsonPath("$.errors[0].message").value(startsWith("Line 17: legal.license")));
    mvc.perform(
            post("/api/v1/solutions/imports")
                .header("Authorization", "Bearer " + token(editor.email()))
                .contentType("text/plain")
                .content(yaml.getBytes(StandardCharsets.UTF_8)))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("labId"));
    assertThat(count()).isEqualTo(before);

    MvcResult created =
        mvc.perform(
                post("/api/v1/solutions/imports")
                    .header("Authorization", "Bearer " + token(editor.email()))
                    .header("Accept-Language", "en")
                    .param("labId", Long.toString(editor.lab()))
                    .contentType("application/yaml")
                    .content(yaml.getBytes(StandardCharsets.UTF_8)))
            .andExpect(status().isCreated())
            .andExpect(header().string("Location", startsWith("/api/v1/solutions/")))
            .andExpect(jsonPath("$.solution.name").value(name))
            .andExpect(jsonPath("$.solution.published").value(false))
            .andExpect(jsonPath("$.warnings[*].path", hasItem("unknownKey")))
            .andExpect(
                jsonPath("$.warnings[*].message", hasItem(startsWith("Line 23: unknownKey"))))
            .andReturn();
    long id =
        ((Number) JsonPath.read(created.getResponse().getContentAsString(), "$.solution.id"))
            .longValue();
    assertThat(count()).isEqualTo(before + 1);

    mvc.perform(
            multipart("/api/v1/solutions/imports")
                .file(
                    new MockMultipartFile(
                        "file",
                        "publiccode.yml",
                        "application/yaml",
                        yaml.getBytes(StandardCharsets.UTF_8)))
                .param("labId", Long.toString(editor.lab()))
                .header("Authorization", "Bearer " + token(editor.email())))
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.detail").value(containsString("solution " + id)));
    assertThat(count()).isEqualTo(before + 1);

    mvc.perform(
            multipart("/api/v1/solutions/imports")
                .file(
                    new MockMultipartFile(
                        "file",
                        "publiccode.yml",
                        "application/yaml",
                        file("Upload " + UUID.randomUUID()).getBytes(StandardCharsets.UTF_8)))
                .param("labId", Long.toString(editor.lab()))
                .header("Authorization", "Bearer " + token(editor.email())))
        .andExpect(status().isCreated());
    mvc.perform(
            multipart("/api/v1/solutions/imports")
                .file(
                    new MockMultipartFile(
                        "file", "publiccode.yml", "application/yaml", new byte[2 * 1024 * 1024]))
                .param("labId", Long.toString(editor.lab()))
                .header("Authorization", "Bearer " + token(editor.email())))
        .andExpect(status().isContentTooLarge());
    mvc.perform(
            post("/api/v1/solutions/imports")
                .header("Authorization", "Bearer " + token(editor.email()))
                .param("labId", Long.toString(editor.lab()))
                .contentType("application/yaml")
                .content(new byte[1024 * 1024 + 1]))
        .andExpect(status().isContentTooLarge());
  }

  @Test
  void aSecondImportOfTheSameRepositoryIsAConflictOnThePageAsWell() throws Exception {
    Editor editor = editor();
    String yaml = file("Terminvergabe " + UUID.randomUUID());
    long id =
        TestAccounts.acting(
            context, editor.email(), () -> imports.importFile(yaml, editor.lab()).solution().id());
    long before = count();

    assertThatThrownBy(
            () ->
                TestAccounts.acting(
                    context, editor.email(), () -> imports.importFile(yaml, editor.lab())))
        .isInstanceOf(Conflict.class)
        .hasMessageContaining("solution " + id);
    String page =
        mvc.perform(
                post("/solutions/import")
                    .with(csrf())
                    .with(TestAccounts.as(context, editor.email()))
                    .param("lang", "en")
                    .param("labId", Long.toString(editor.lab()))
                    .param("text", yaml.replace(".git", "")))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString(StandardCharsets.UTF_8);
    assertThat(page).contains("imported already, as solution " + id);
    assertThat(count()).isEqualTo(before);
  }

  @Test
  void theExportIsYamlThatPassesTheStandardAndHiddenDraftsAreNotFound() throws Exception {
    Editor editor = editor();
    long id =
        TestAccounts.acting(
            context,
            editor.email(),
            () ->
                imports
                    .importFile(PubliccodeCorpus.text("it-at-m__mucgpt.yml"), editor.lab())
                    .solution()
                    .id());

    mvc.perform(get("/solutions/" + id + "/publiccode.yml")).andExpect(status().isNotFound());
    String draft =
        mvc.perform(
                get("/solutions/" + id + "/publiccode.yml")
                    .with(TestAccounts.as(context, editor.email())))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString(StandardCharsets.UTF_8);
    assertThat(draft).contains("name: MUCGPT");

    TestAccounts.acting(context, editor.email(), () -> editing.publish(id));
    MvcResult published =
        mvc.perform(get("/solutions/" + id + "/publiccode.yml"))
            .andExpect(status().isOk())
            .andExpect(content().contentType("application/yaml;charset=UTF-8"))
            .andReturn();
    Map<String, Object> yml =
        PubliccodeStandard.parse(
            published.getResponse().getContentAsString(StandardCharsets.UTF_8));
    PubliccodeStandard.assertConforms(yml);
    assertThat(yml).containsEntry("url", "https://github.com/it-at-m/mucgpt");
    assertThat(PubliccodeStandard.map(yml.get("description"))).containsKeys("de", "en");
  }

  /**
   * Import, export, delete, import the export: the same solution, on files of five countries (NL,
   * DK, SE, IT, FR) and of versions 0.2 to 0.7 of the standard.
   */
  @Test
  void realFilesComeBackAsTheSameSolutionAfterExportAndImport() {
    Editor editor = editor();
    for (String name :
        List.of(
            "MinBZK__par-dpia-form.yml",
            "OS2mo__os2mo.yml",
            "Cetriq__CuraNexus.yml",
            "AgID__wai-portal.yml",
            "suitenumerique__meet.yml",
            "Amsterdam__design-system.yml")) {
      TestAccounts.acting(
          context,
          editor.email(),
          () -> {
            long first =
                imports.importFile(PubliccodeCorpus.text(name), editor.lab()).solution().id();
            Solution imported = stored(first);
            String exported = exports.export(first);
            editing.delete(first);

            long second = imports.importFile(exported, editor.lab()).solution().id();
            Solution again = stored(second);
            assertThat(withoutVersion(again.command()))
                .as(name)
                .isEqualTo(withoutVersion(imported.command()));
            assertThat(again.publiccodeValues()).as(name).isEqualTo(imported.publiccodeValues());
            assertThat(again.descriptions()).as(name).isEqualTo(imported.descriptions());
            editing.delete(second);
          });
    }
  }

  /** The solution as stored, its collections loaded. */
  private Solution stored(long id) {
    return new TransactionTemplate(transactions)
        .execute(
            t -> {
              Solution solution = solutions.findById(id).orElseThrow();
              solution.command();
              solution.descriptions().size();
              solution.publiccodeValues().size();
              return solution;
            });
  }

  private static SolutionCommand withoutVersion(SolutionCommand c) {
    return new SolutionCommand(
        c.name(),
        c.shortDescription(),
        c.description(),
        c.contentLanguage(),
        c.providerLabId(),
        c.providerOrganisationId(),
        c.country(),
        c.region(),
        c.contactName(),
        c.contactEmail(),
        c.contactUrl(),
        c.serviceIds(),
        c.policyAreas(),
        c.technologies(),
        c.standards(),
        c.kind(),
        c.operatingModel(),
        c.licence(),
        c.repositoryUrl(),
        c.documentationUrl(),
        c.softwareVersion(),
        c.releaseDate(),
        c.maturity(),
        c.readiness(),
        c.hostingLocation(),
        c.status(),
        c.builtByProjectIds(),
        c.usedByProjectIds(),
        null);
  }
}
