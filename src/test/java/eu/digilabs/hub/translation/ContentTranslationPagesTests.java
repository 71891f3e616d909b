package eu.digilabs.hub.translation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import eu.digilabs.hub.Fixtures;
import eu.digilabs.hub.TestContent;
import eu.digilabs.hub.accounts.TestAccounts;
import eu.digilabs.hub.events.EventFixtures;
import eu.digilabs.hub.knowledge.ArticleCommand;
import eu.digilabs.hub.knowledge.FailureReportCommand;
import eu.digilabs.hub.knowledge.FailureReportService;
import eu.digilabs.hub.reuse.ReuseFixtures;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * Every kind of content page offers its translation as the project page does, through the real
 * Apertium APY: a solution, an article, a failure report, an event and a session written in
 * Spanish, read by an English reader. A draft event is never offered (nor sent).
 */
class ContentTranslationPagesTests extends WithApertium {

  @Autowired MockMvc mvc;
  @Autowired ApplicationContext context;

  final String tag = UUID.randomUUID().toString().substring(0, 8);

  @Test
  void aSpanishSolutionArticleFailureReportEventAndSessionAreTranslatedForEnglishReaders()
      throws Exception {
    long lab = TestContent.lab(context, Fixtures.lab("Laboratorio " + tag));
    long solution =
        TestContent.publishedSolution(
            context,
            ReuseFixtures.solution()
                .name("Cita previa " + tag)
                .text("Los ciudadanos piden cita en línea.", "El servicio **ayuda** a los vecinos.")
                .language("es")
                .lab(lab)
                .build());
    long article =
        TestContent.publishedArticle(
            context,
            new ArticleCommand(
                "Guía del laboratorio " + tag,
                "Los ciudadanos participan.",
                "## Primeros pasos\n\nEl laboratorio invita a los ciudadanos.",
                "guide",
                "es",
                lab,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null));
    long report =
        TestAccounts.asAdmin(
            context,
            () -> {
              FailureReportService reports = context.getBean(FailureReportService.class);
              long id =
                  reports
                      .create(
                          new FailureReportCommand(
                              "Prototipo sin datos " + tag,
                              "Los ciudadanos probaron el prototipo.",
                              "Faltaban los datos.",
                              List.of("other"),
                              null,
                              null,
                              null,
                              null,
                              lab,
                              null,
                              "es",
                              false,
                              null))
                      .id();
              reports.publish(id, true);
              return id;
            });
    long event =
        TestContent.event(
            context,
            EventFixtures.event()
                .title("Jornada de laboratorios " + tag)
                .description("Los laboratorios presentan sus proyectos a los ciudadanos.")
                .languages(List.of("es"))
                .lab(lab)
                .build(),
            true);
    long session =
        TestContent.session(
            context,
            event,
            EventFixtures.session()
                .title("Bienvenida " + tag)
                .summary("Los ciudadanos conocen el laboratorio.")
                .language("es")
                .build());

    for (String page :
        List.of(
            "/solutions/" + solution,
            "/articles/" + article,
            "/failure-reports/" + report,
            "/events/" + event,
            "/sessions/" + session)) {
      assertThat(html(page)).as(page).contains("Translate into English", "?translate=en");
      MvcResult translated = page(page + "?translate=en");
      assertThat(translated.getResponse().getContentAsString())
          .as(page)
          .contains("Machine-translated from Spanish by Apertium.", "Show original")
          .containsIgnoringCase("citizens");
      assertThat(translated.getResponse().getHeader("X-Robots-Tag")).isEqualTo("noindex");
    }
    assertThat(page("/articles/" + article + "?translate=en").getResponse().getContentAsString())
        .as("markup and heading anchors survive")
        .contains("<h4 id=\"h-primeros-pasos\">");
  }

  @Test
  void aLabProfileInSpanishIsTranslatedAndItsNameStays() throws Exception {
    JdbcClient jdbc = context.getBean(JdbcClient.class);
    long spanish =
        jdbc.sql("select id from lab where short_name = 'LabIP Ejemplo'")
            .query(Long.class)
            .single();
    long english =
        jdbc.sql("select id from lab where short_name = 'CH Lab'").query(Long.class).single();
    assertThat(html("/labs/" + spanish)).contains("Translate into English", "?translate=en");
    MvcResult translated = page("/labs/" + spanish + "?translate=en");
    assertThat(translated.getResponse().getContentAsString())
        .contains(
            "Machine-translated from Spanish by Apertium.",
            "Laboratorio de Innovación Pública de Ejemplo",
            "class=\"prose\" lang=\"en\"")
        .doesNotContain("diseña los servicios");
    assertThat(translated.getResponse().getHeader("X-Robots-Tag")).isEqualTo("noindex");
    assertThat(html("/labs/" + english)).doesNotContain("Translate into");
  }

  @Test
  void aDraftEventIsNotOffered() throws Exception {
    long lab = TestContent.lab(context, Fixtures.lab("Laboratorio borrador " + tag));
    long draft =
        TestContent.event(
            context,
            EventFixtures.event()
                .title("Borrador " + tag)
                .description("Los ciudadanos no lo ven.")
                .languages(List.of("es"))
                .lab(lab)
                .build(),
            false);
    String page =
        mvc.perform(
                get("/events/" + draft + "?translate=en")
                    .header("Accept-Language", "en")
                    .with(TestAccounts.as(context, "admin@digilabs.localhost")))
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(page)
        .contains("Borrador " + tag)
        .doesNotContain("Translate into", "Machine-translated");
  }

  private String html(String path) throws Exception {
    return page(path).getResponse().getContentAsString();
  }

  private MvcResult page(String path) throws Exception {
    return mvc.perform(get(path).header("Accept-Language", "en")).andReturn();
  }
}
