package eu.digilabs.hub.translation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import eu.digilabs.hub.HubTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * With no provider configured (the default) translation is invisible: no offer, no label, and
 * asking for one by the link shows the original; nothing is kept or sent.
 */
@HubTest
class TranslationOffTests {

  @Autowired MockMvc mvc;
  @Autowired JdbcClient jdbc;
  @Autowired Translator translator;

  @Test
  void theSpanishDemoProjectShowsNothingOfTranslation() throws Exception {
    assertThat(translator.enabled()).isFalse();
    long id =
        jdbc.sql("select id from project where title = 'Cita previa sin esperas'")
            .query(Long.class)
            .single();
    for (String path : new String[] {"/projects/" + id, "/projects/" + id + "?translate=en"}) {
      String page =
          mvc.perform(get(path).header("Accept-Language", "en"))
              .andReturn()
              .getResponse()
              .getContentAsString();
      assertThat(page)
          .contains("<h1 lang=\"es\">Cita previa sin esperas</h1>")
          .doesNotContain("Translate into", "Machine-translated", "class=\"translation\"");
      if (!path.contains("?")) {
        assertThat(page).doesNotContain("translate=");
      }
    }
    assertThat(
            jdbc.sql("select count(*) from translation_cache where item_key = ?")
                .param("project:" + id)
                .query(Long.class)
                .single())
        .isZero();
  }
}
