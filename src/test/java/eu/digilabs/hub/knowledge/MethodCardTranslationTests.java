package eu.digilabs.hub.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import eu.digilabs.hub.TestPages;
import eu.digilabs.hub.accounts.TestAccounts;
import eu.digilabs.hub.translation.WithApertium;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A method card with only a Spanish text, read by an English reader through the real Apertium APY:
 * the card's page offers the translation, shows it in place with its label, and the admins who keep
 * the toolkit may correct it. A card with an English text is never offered to an English reader.
 */
class MethodCardTranslationTests extends WithApertium {

  @Autowired MockMvc mvc;
  @Autowired ApplicationContext context;
  @Autowired MethodService methods;

  @Test
  void aSpanishCardIsTranslatedForAnEnglishReaderAndAdminsMayCorrectIt() throws Exception {
    String code = "entrevistas-" + UUID.randomUUID().toString().substring(0, 8);
    methods.seed(
        code,
        "scale",
        480,
        2,
        4,
        Map.of(
            "es",
            List.of(
                "Entrevistas con los ciudadanos",
                "Los ciudadanos cuentan su experiencia.",
                "El laboratorio aprende de los vecinos.",
                "1. Invitar a los ciudadanos.\n2. Escuchar.",
                "")));
    long id = methods.get(code, "en").id();
    String page = "/methods/" + code;

    assertThat(TestPages.html(mvc, context, null, page))
        .contains("Translate into English", "?translate=en", "lang=\"es\"");
    String translated = TestPages.html(mvc, context, null, page + "?translate=en");
    assertThat(translated)
        .contains("Machine-translated from Spanish by Apertium.", "Show original", "lang=\"en\"")
        .containsIgnoringCase("citizens")
        .doesNotContain("Entrevistas con los ciudadanos</h1>")
        .as("headings stay in the reader's language")
        .contains("<h2 lang=\"en\">Steps</h2>");
    assertThat(translated).as("visitors do not correct").doesNotContain("/translations/method/");

    String admin = "admin@digilabs.localhost";
    assertThat(TestPages.html(mvc, context, admin, page))
        .contains("href=\"/translations/method/" + id + "/en\"");
    assertThat(TestPages.html(mvc, context, admin, "/translations/method/" + id + "/en"))
        .contains("Los ciudadanos cuentan su experiencia.", "name=\"field.what\"");
    TestAccounts.asAdmin(context, () -> assertThat(methods.mayEdit()).isTrue());

    assertThat(TestPages.html(mvc, context, null, "/methods/user-interviews"))
        .as("a card with an English text")
        .doesNotContain("Translate into");
  }
}
