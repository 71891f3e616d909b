package eu.digilabs.hub.projects;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import eu.digilabs.hub.Fixtures;
import eu.digilabs.hub.TestContent;
import eu.digilabs.hub.accounts.TestAccounts;
import eu.digilabs.hub.translation.WithApertium;
import java.time.Duration;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * A Spanish project read by an English reader, with a real Apertium APY as the provider: the page
 * offers "Translate into English", the translation replaces title, summary and description in place
 * with its label and {@code lang}, is kept for the project's version, and an edit makes it stale. A
 * reader whose language no provider serves is offered nothing.
 */
class ProjectTranslationTests extends WithApertium {

  @Autowired MockMvc mvc;
  @Autowired ApplicationContext context;
  @Autowired JdbcClient jdbc;

  @Test
  void aSpanishProjectIsTranslatedInPlaceForAnEnglishReaderAndAnEditMakesItStale()
      throws Exception {
    String tag = UUID.randomUUID().toString().substring(0, 8);
    long lab = TestContent.lab(context, Fixtures.lab("Laboratorio " + tag));
    long id =
        TestContent.publishedProject(
            context,
            Fixtures.project()
                .title("Cita previa digital " + tag)
                .summary("Los ciudadanos piden cita en línea.")
                .lab(lab)
                .language("es")
                .build());
    String page = "/projects/" + id;

    String english = html(page, "en");
    assertThat(english)
        .contains("Translate into English", "?translate=en")
        .contains("<h1 lang=\"es\">Cita previa digital " + tag);
    assertThat(html(page, "de"))
        .as("no provider serves Spanish to German")
        .doesNotContain("?translate=");

    MvcResult translated = page(page + "?translate=en", "en");
    String body = translated.getResponse().getContentAsString();
    assertThat(body)
        .contains("Machine-translated from Spanish by Apertium.", "Show original")
        .contains("<h1 lang=\"en\">")
        .contains("The citizens")
        .doesNotContain("Los ciudadanos piden cita");
    assertThat(translated.getResponse().getHeader("X-Robots-Tag")).isEqualTo("noindex");
    assertThat(kept(id)).as("title and summary kept for this version").isEqualTo(2);

    ProjectService projects = context.getBean(ProjectService.class);
    TestAccounts.asAdmin(
        context,
        () ->
            projects.update(
                id,
                projects.get(id).version(),
                Fixtures.project()
                    .title("Cita previa digital " + tag)
                    .summary("Las empresas piden cita en línea.")
                    .lab(lab)
                    .language("es")
                    .build()));
    assertThat(html(page + "?translate=en", "en"))
        .as("an edit makes the kept translation stale")
        .contains("The companies")
        .doesNotContain("The citizens");

    // Withdrawn, its translations go, and its editors see the draft untranslated: drafts are
    // never sent to a provider.
    TestAccounts.asAdmin(context, () -> projects.unpublish(id));
    Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> kept(id) == 0);
    String draft =
        mvc.perform(
                get(page + "?translate=en")
                    .header("Accept-Language", "en")
                    .with(TestAccounts.as(context, "admin@digilabs.localhost")))
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(draft).contains("Cita previa digital " + tag).doesNotContain("Translate into");
    assertThat(kept(id)).isZero();
  }

  @Test
  void theSpanishDemoProjectOffersEnglishReadersATranslation() throws Exception {
    long id =
        jdbc.sql("select id from project where title = 'Cita previa sin esperas'")
            .query(Long.class)
            .single();
    assertThat(html("/projects/" + id, "en"))
        .contains("Translate into English")
        .contains("<h1 lang=\"es\">Cita previa sin esperas</h1>");
    assertThat(html("/projects/" + id + "?translate=en", "en"))
        .contains("Machine-translated from Spanish by Apertium.")
        .contains("<h1 lang=\"en\">")
        .doesNotContain("<h1 lang=\"es\">Cita previa sin esperas</h1>");
  }

  @Test
  void anEditorCorrectsTheTranslationAndItStaysMarkedOutdatedAfterAnEdit() throws Exception {
    String tag = UUID.randomUUID().toString().substring(0, 8);
    long lab = TestContent.lab(context, Fixtures.lab("Laboratorio corrección " + tag));
    String editor = TestAccounts.member(context, "editor-" + tag + "@example.org");
    TestAccounts.inLab(context, lab, editor, true);
    String stranger = TestAccounts.member(context, "stranger-" + tag + "@example.org");
    long id =
        TestContent.publishedProject(
            context,
            Fixtures.project()
                .title("Cita previa " + tag)
                .summary("Los ciudadanos piden cita.")
                .lab(lab)
                .language("es")
                .build());
    String form = "/translations/project/" + id + "/en";

    String page =
        mvc.perform(get("/projects/" + id).header("Accept-Language", "en").with(as(editor)))
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(page).contains("href=\"" + form + "\"", "Correct the translation");
    assertThat(html("/projects/" + id, "en")).doesNotContain(form);
    assertThat(
            mvc.perform(get(form).header("Accept-Language", "en").with(as(stranger)))
                .andReturn()
                .getResponse()
                .getStatus())
        .isEqualTo(403);
    assertThat(
            mvc.perform(get("/translations/project/" + id + "/es").with(as(editor)))
                .andReturn()
                .getResponse()
                .getStatus())
        .as("not into the original's own language")
        .isEqualTo(404);

    String shown =
        mvc.perform(get(form).header("Accept-Language", "en").with(as(editor)))
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(shown)
        .contains("Los ciudadanos piden cita.", "Machine translation (English)")
        .contains("name=\"field.title\"", "name=\"field.summary\"");
    long version = context.getBean(ProjectService.class).get(id).version();

    String blank =
        mvc.perform(
                post(form)
                    .header("Accept-Language", "en")
                    .with(as(editor))
                    .with(csrf())
                    .param("version", String.valueOf(version))
                    .param("field.title", "Appointments " + tag)
                    .param("field.summary", " "))
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(blank)
        .contains("Please translate this field.", "Appointments " + tag)
        .contains("aria-invalid=\"true\"");

    MvcResult stale =
        mvc.perform(
                post(form)
                    .header("Accept-Language", "en")
                    .with(as(editor))
                    .with(csrf())
                    .param("version", String.valueOf(version - 1))
                    .param("field.title", "Appointments " + tag)
                    .param("field.summary", "People book online."))
            .andReturn();
    assertThat(stale.getResponse().getStatus()).isEqualTo(409);
    assertThat(stale.getResponse().getContentAsString()).contains("People book online.");

    mvc.perform(
            post(form)
                .header("Accept-Language", "en")
                .with(as(editor))
                .with(csrf())
                .param("version", String.valueOf(version))
                .param("field.title", "Appointments " + tag)
                .param("field.summary", "People book online."))
        .andExpect(
            org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl(
                "/projects/" + id + "?translate=en"));
    assertThat(html("/projects/" + id + "?translate=en", "en"))
        .contains("Translated from Spanish by a person.", "Appointments " + tag)
        .contains("People book online.")
        .doesNotContain("The original has changed since.");

    ProjectService projects = context.getBean(ProjectService.class);
    TestAccounts.asAdmin(
        context,
        () ->
            projects.update(
                id,
                projects.get(id).version(),
                Fixtures.project()
                    .title("Cita previa " + tag)
                    .summary("Las empresas piden cita.")
                    .lab(lab)
                    .language("es")
                    .build()));
    assertThat(html("/projects/" + id + "?translate=en", "en"))
        .as("a person's translation stays, marked outdated, until corrected again")
        .contains("Translated from Spanish by a person.", "The original has changed since.")
        .contains("People book online.");
  }

  private org.springframework.test.web.servlet.request.RequestPostProcessor as(String email) {
    return TestAccounts.as(context, email);
  }

  private long kept(long id) {
    return jdbc.sql("select count(*) from translation_cache where item_key = ?")
        .param("project:" + id)
        .query(Long.class)
        .single();
  }

  private String html(String path, String language) throws Exception {
    return page(path, language).getResponse().getContentAsString();
  }

  private MvcResult page(String path, String language) throws Exception {
    return mvc.perform(get(path).header("Accept-Language", language)).andReturn();
  }
}
