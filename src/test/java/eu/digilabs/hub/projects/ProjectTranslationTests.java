package eu.digilabs.hub.projects;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

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
