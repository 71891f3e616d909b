package eu.digilabs.hub.translation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import eu.digilabs.hub.accounts.TestAccounts;
import java.time.Duration;
import java.util.List;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * An admin pre-translates all published content into English through the real Apertium APY: the
 * Spanish demo project's translation is then kept before anyone asks, items already in English are
 * skipped, and the admin page shows the providers and the run's progress.
 */
class TranslationAdminTests extends WithApertium {

  @Autowired MockMvc mvc;
  @Autowired ApplicationContext context;
  @Autowired JdbcClient jdbc;
  @Autowired PreTranslation preTranslation;

  @Test
  void anAdminPreTranslatesEverythingPublishedIntoEnglish() throws Exception {
    String admin = "admin@digilabs.localhost";
    String page =
        mvc.perform(
                get("/admin/translations")
                    .header("Accept-Language", "en")
                    .with(TestAccounts.as(context, admin)))
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(page).contains("Apertium", "Pre-translate published content", "value=\"en\"");
    String member = TestAccounts.member(context, "pre-" + System.nanoTime() + "@example.org");
    assertThat(
            mvc.perform(
                    post("/admin/translations/pre-translate")
                        .param("language", "en")
                        .with(TestAccounts.as(context, member))
                        .with(csrf()))
                .andReturn()
                .getResponse()
                .getStatus())
        .isEqualTo(403);

    mvc.perform(
        post("/admin/translations/pre-translate")
            .param("language", "en")
            .with(TestAccounts.as(context, admin))
            .with(csrf()));
    Awaitility.await()
        .atMost(Duration.ofMinutes(3))
        .until(
            () ->
                preTranslation.progress().finished() != null
                    && !preTranslation.progress().running());
    PreTranslation.Progress done = preTranslation.progress();
    assertThat(done.stopped()).isNull();
    assertThat(done.done()).isEqualTo(done.total()).isPositive();
    assertThat(done.translated()).isPositive();
    assertThat(done.skipped())
        .as("English and German items: nothing to do into English")
        .isPositive();
    long demo =
        jdbc.sql("select id from project where title = 'Cita previa sin esperas'")
            .query(Long.class)
            .single();
    assertThat(
            jdbc.sql(
                    "select count(*) from translation_cache where item_key = ? and target_language = 'en'")
                .param("project:" + demo)
                .query(Long.class)
                .single())
        .isGreaterThanOrEqualTo(3);
    assertThat(
            mvc.perform(
                    get("/admin/translations")
                        .header("Accept-Language", "en")
                        .with(TestAccounts.as(context, admin)))
                .andReturn()
                .getResponse()
                .getContentAsString())
        .contains("Last run, into en", "<progress");
  }

  @Test
  void anAdminsGlossaryTermIsRenderedThatWayInTheNextTranslation() throws Exception {
    String admin = "admin@digilabs.localhost";
    String tag = java.util.UUID.randomUUID().toString().substring(0, 6);
    String blank =
        mvc.perform(
                post("/admin/translations/glossary")
                    .header("Accept-Language", "en")
                    .param("from", "es")
                    .param("to", "en")
                    .param("term", " ")
                    .param("rendering", "Kept " + tag)
                    .with(TestAccounts.as(context, admin))
                    .with(csrf()))
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(blank)
        .contains("Enter the term, at most 200 characters.", "value=\"Kept " + tag + "\"")
        .contains("aria-invalid=\"true\"");

    mvc.perform(
        post("/admin/translations/glossary")
            .param("from", "es")
            .param("to", "en")
            .param("term", "ventanilla " + tag)
            .param("rendering", "One-Stop-Shop " + tag)
            .with(TestAccounts.as(context, admin))
            .with(csrf()));
    Translator translator = context.getBean(Translator.class);
    assertThat(
            translator
                .translate(
                    List.of("La ventanilla " + tag + " ayuda a los ciudadanos."), "es", "en", false)
                .texts()
                .get(0))
        .contains("One-Stop-Shop " + tag, "citizens");
    String page =
        mvc.perform(
                get("/admin/translations")
                    .header("Accept-Language", "en")
                    .with(TestAccounts.as(context, admin)))
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(page).contains("ventanilla " + tag, "One-Stop-Shop " + tag, "Terms the hub ships");
    long id =
        jdbc.sql("select id from translation_glossary where term = ?")
            .param("ventanilla " + tag)
            .query(Long.class)
            .single();
    mvc.perform(
        post("/admin/translations/glossary/" + id + "/delete")
            .with(TestAccounts.as(context, admin))
            .with(csrf()));
    assertThat(
            translator
                .translate(List.of("La ventanilla " + tag + " ayuda."), "es", "en", false)
                .texts()
                .get(0))
        .doesNotContain("One-Stop-Shop");
  }
}
