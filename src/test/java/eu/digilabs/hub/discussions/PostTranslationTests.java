package eu.digilabs.hub.discussions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import eu.digilabs.hub.Fixtures;
import eu.digilabs.hub.TestContent;
import eu.digilabs.hub.TestPages;
import eu.digilabs.hub.accounts.TestAccounts;
import eu.digilabs.hub.events.EventFixtures;
import eu.digilabs.hub.translation.WithApertium;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * A discussion post written in Spanish, read by an English reader through the real Apertium APY:
 * its language is detected, the post offers its translation (in place with htmx, on its own page
 * without), the translation is labelled and kept out of search engines, and its author may correct
 * it; deleting the post deletes its translations. A post in the reader's language offers nothing.
 */
class PostTranslationTests extends WithApertium {

  @Autowired MockMvc mvc;
  @Autowired ApplicationContext context;
  @Autowired Discussions discussions;
  @Autowired JdbcClient jdbc;

  long write(String writer, String item, String body) {
    return TestAccounts.acting(context, writer, () -> discussions.post(item, body, null));
  }

  @Test
  void aSpanishPostIsTranslatedForAnEnglishReaderAndItsAuthorMayCorrectIt() throws Exception {
    String tag = UUID.randomUUID().toString().substring(0, 8);
    String writer = TestAccounts.member(context, "escritora-" + tag + "@example.org");
    long lab = TestContent.lab(context, Fixtures.lab("Laboratorio foro " + tag));
    long project =
        TestContent.publishedProject(
            context, Fixtures.project("Foro de vecinos " + tag, lab, List.of()));
    long spanish =
        write(
            writer,
            "project:" + project,
            "Los ciudadanos piden cita en línea y el laboratorio ayuda a los vecinos"
                + " con el formulario nuevo.");
    long english =
        write(
            writer,
            "project:" + project,
            "We tested the new form with the citizens of our town last week.");
    String translation = "/discussions/posts/" + spanish + "/translation?translate=en";

    String page = TestPages.html(mvc, context, null, "/projects/" + project);
    assertThat(page)
        .contains("href=\"" + translation + "\"", "hx-select=\"#post-" + spanish + "-text\"")
        .contains("id=\"post-" + spanish + "-text\" lang=\"es\"")
        .doesNotContain("/discussions/posts/" + english + "/translation");

    MvcResult result = mvc.perform(get(translation).header("Accept-Language", "en")).andReturn();
    assertThat(result.getResponse().getContentAsString())
        .contains("Machine-translated from Spanish by Apertium.", "Show original")
        .contains("id=\"post-" + spanish + "-text\" lang=\"en\"")
        .containsIgnoringCase("citizens")
        .doesNotContain("/translations/post/");
    assertThat(result.getResponse().getHeader("X-Robots-Tag")).isEqualTo("noindex");

    assertThat(TestPages.html(mvc, context, writer, translation))
        .contains("href=\"/translations/post/" + spanish + "/en\"");
    assertThat(TestPages.html(mvc, context, writer, "/translations/post/" + spanish + "/en"))
        .contains("Los ciudadanos piden cita en línea", "name=\"field.body\"");
    assertThat(
            mvc.perform(
                    get("/translations/post/" + spanish + "/en")
                        .with(TestAccounts.as(context, "admin@digilabs.localhost")))
                .andReturn()
                .getResponse()
                .getStatus())
        .as("only the author corrects a post's translation")
        .isEqualTo(403);

    long version =
        jdbc.sql("select version from post where id = ?").param(spanish).query(Long.class).single();
    String saved =
        mvc.perform(
                post("/translations/post/" + spanish + "/en")
                    .header("Accept-Language", "en")
                    .with(TestAccounts.as(context, writer))
                    .with(csrf())
                    .param("version", String.valueOf(version))
                    .param("field.body", "Citizens book appointments online " + tag + "."))
            .andReturn()
            .getResponse()
            .getRedirectedUrl();
    assertThat(saved).isEqualTo(translation);
    assertThat(TestPages.html(mvc, context, null, translation))
        .contains(
            "Translated from Spanish by a person.", "Citizens book appointments online " + tag);

    // Deleting the post takes its translations with it.
    TestAccounts.acting(
        context,
        writer,
        () -> {
          discussions.delete(spanish);
        });
    Awaitility.await()
        .atMost(Duration.ofSeconds(10))
        .untilAsserted(
            () ->
                assertThat(
                        jdbc.sql("select count(*) from translation_cache where item_key = ?")
                            .param("post:" + spanish)
                            .query(Long.class)
                            .single())
                    .isZero());
  }

  @Test
  void aPostOnlyMembersMayReadIsNeverOffered() throws Exception {
    String tag = UUID.randomUUID().toString().substring(0, 8);
    String writer = TestAccounts.member(context, "miembro-" + tag + "@example.org");
    long lab = TestContent.lab(context, Fixtures.lab("Laboratorio interno " + tag));
    long event =
        TestContent.event(
            context,
            EventFixtures.event().title("Jornada interna " + tag).lab(lab).membersOnly().build(),
            true);
    long post =
        write(
            writer,
            "event:" + event,
            "Los ciudadanos no ven este mensaje del laboratorio interno.");
    assertThat(TestPages.html(mvc, context, writer, "/events/" + event))
        .contains("id=\"post-" + post + "\"")
        .doesNotContain("/discussions/posts/" + post + "/translation");
    assertThat(
            mvc.perform(
                    get("/discussions/posts/" + post + "/translation?translate=en")
                        .with(TestAccounts.as(context, writer)))
                .andReturn()
                .getResponse()
                .getRedirectedUrl())
        .isEqualTo("/events/" + event + "#post-" + post);
  }
}
