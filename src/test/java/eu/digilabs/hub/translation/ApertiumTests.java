package eu.digilabs.hub.translation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.digilabs.hub.shared.HubProperties;
import eu.digilabs.hub.translation.TranslationFailure.Reason;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/**
 * Translation through a real Apertium APY (started here on the Debian packages' modes): pairs found
 * with {@code /listPairs} and named by ISO 639-1, text and HTML translated, unknown pairs refused,
 * glossary terms kept, and a provider that is down falls through to the next.
 */
class ApertiumTests {

  static Apy apy;
  final JsonMapper json = JsonMapper.builder().build();

  @BeforeAll
  static void startApy() throws Exception {
    apy = Apy.start();
  }

  @AfterAll
  static void stopApy() {
    if (apy != null) {
      apy.close();
    }
  }

  ApertiumProvider provider() {
    return new ApertiumProvider(apy.url, Duration.ofSeconds(10), json, Clock.systemUTC());
  }

  @Test
  void pairsAreDiscoveredAndNamedByTwoLetterCodes() {
    assertThat(provider().pairs())
        .contains(new LanguagePair("es", "en"), new LanguagePair("en", "es"))
        .allSatisfy(pair -> assertThat(pair.from() + pair.to()).hasSize(4));
  }

  @Test
  void textAndHtmlAreTranslatedAndMarkupSurvives() {
    ApertiumProvider apertium = provider();
    assertThat(
            apertium.translate(
                List.of("El laboratorio ayuda a los ciudadanos."),
                new LanguagePair("es", "en"),
                false))
        .singleElement()
        .asString()
        .containsIgnoringCase("laboratory")
        .contains("citizens")
        .doesNotContain("*");
    assertThat(
            apertium.translate(
                List.of("<p>El <strong>proyecto</strong> usa <a href=\"/x\">chatbots</a>.</p>"),
                new LanguagePair("es", "en"),
                true))
        .singleElement()
        .asString()
        .contains("<strong>project</strong>", "<a href=\"/x\">");
  }

  @Test
  void aPairApertiumDoesNotHaveIsRefused() {
    assertThatThrownBy(
            () -> provider().translate(List.of("Hola"), new LanguagePair("es", "de"), false))
        .isInstanceOfSatisfying(
            TranslationFailure.class, f -> assertThat(f.reason()).isEqualTo(Reason.REFUSED));
  }

  @Test
  void theTranslatorKeepsGlossaryTermsAndFallsThroughAProviderThatIsDown() throws Exception {
    int closed;
    try (ServerSocket socket = new ServerSocket(0)) {
      closed = socket.getLocalPort();
    }
    TranslationProperties.Provider down =
        new TranslationProperties.Provider(
            "apertium",
            URI.create("http://localhost:" + closed),
            null,
            null,
            null,
            Duration.ofSeconds(1),
            0,
            0,
            null,
            List.of());
    TranslationProperties.Provider up =
        new TranslationProperties.Provider(
            "apertium", apy.url, null, null, null, Duration.ofSeconds(10), 0, 0, null, List.of());
    Translator translator =
        new Translator(
            new TranslationProperties(List.of(down, up)),
            new GuardedProviderTests.Counted(),
            json,
            new ETranslationCallbacks(),
            new HubProperties(null, null),
            GlossarySource.shipped());
    assertThat(translator.enabled()).isTrue();
    assertThat(translator.serves("es", "en")).isTrue();
    assertThat(translator.serves("es", "es")).isFalse();
    Translator.Translation translation =
        translator.translate(List.of("El proyecto EfA cumple el OZG."), "es", "en", false);
    assertThat(translation.provider()).isEqualTo("Apertium");
    assertThat(translation.texts().get(0)).contains("EfA", "OZG").contains("project");
  }
}
