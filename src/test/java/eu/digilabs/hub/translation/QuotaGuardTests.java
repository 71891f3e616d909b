package eu.digilabs.hub.translation;

import static org.assertj.core.api.Assertions.assertThat;

import eu.digilabs.hub.shared.HubProperties;
import eu.digilabs.hub.translation.FakeService.Reply;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/**
 * Background work leaves the rest of a day's quota to readers: {@link Translator#quotaReached} is
 * true once every provider has used the share, never for a provider without a quota.
 */
class QuotaGuardTests {

  @Test
  void theShareOfEveryProvidersQuotaDecides() throws Exception {
    try (FakeService libre = new FakeService()) {
      libre.answer(
          request ->
              request.path().equals("/languages")
                  ? Reply.json(200, "[{\"code\":\"de\",\"targets\":[\"en\"]}]")
                  : Reply.json(200, "{\"translatedText\":[\"x\"]}"));
      GuardedProviderTests.Counted quota = new GuardedProviderTests.Counted();
      Translator limited = translator(libre, quota, 100);
      assertThat(limited.quotaReached(0.8)).isFalse();
      limited.translate(List.of("a".repeat(70)), "de", "en", false);
      assertThat(limited.quotaReached(0.8)).isFalse();
      limited.translate(List.of("b".repeat(10)), "de", "en", false);
      assertThat(limited.quotaReached(0.8)).isTrue();
      assertThat(limited.usage())
          .singleElement()
          .satisfies(
              use -> {
                assertThat(use.usedToday()).isEqualTo(80);
                assertThat(use.dailyCharacters()).isEqualTo(100);
              });

      Translator unlimited = translator(libre, new GuardedProviderTests.Counted(), 0);
      unlimited.translate(List.of("c".repeat(500)), "de", "en", false);
      assertThat(unlimited.quotaReached(0.8)).isFalse();
    }
  }

  private static Translator translator(FakeService libre, Quota quota, long daily) {
    return new Translator(
        new TranslationProperties(
            List.of(
                new TranslationProperties.Provider(
                    "libretranslate",
                    libre.url,
                    null,
                    null,
                    null,
                    Duration.ofSeconds(5),
                    daily,
                    0,
                    null,
                    List.of()))),
        quota,
        JsonMapper.builder().build(),
        new ETranslationCallbacks(),
        new HubProperties(null, null),
        GlossarySource.shipped());
  }
}
