package eu.digilabs.hub.translation;

import static org.assertj.core.api.Assertions.assertThat;

import eu.digilabs.hub.HubTest;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The daily quota in the database: reservations count until the limit, and many at once never take
 * more than it. Without providers configured the translator is off.
 */
@HubTest
class TranslationUsageTests {

  @Autowired TranslationUsage usage;
  @Autowired Translator translator;

  @Test
  void reservationsStopAtTheLimitEvenWhenManyComeAtOnce() throws Exception {
    String provider = "test-" + UUID.randomUUID().toString().substring(0, 8);
    assertThat(usage.reserve(provider, 600, 1_000)).isTrue();
    assertThat(usage.reserve(provider, 500, 1_000)).isFalse();
    assertThat(usage.reserve(provider, 400, 1_000)).isTrue();
    assertThat(usage.today(provider)).isEqualTo(1_000);

    String crowded = provider + "-x";
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<Boolean>> answers = new ArrayList<>();
      for (int i = 0; i < 40; i++) {
        Callable<Boolean> reserve = () -> usage.reserve(crowded, 100, 1_000);
        answers.add(pool.submit(reserve));
      }
      long granted = 0;
      for (Future<Boolean> answer : answers) {
        granted += answer.get() ? 1 : 0;
      }
      assertThat(granted).isEqualTo(10);
      assertThat(usage.today(crowded)).isEqualTo(1_000);
    } finally {
      pool.shutdown();
    }
  }

  @Test
  void withoutProvidersTranslationIsOff() {
    assertThat(translator.enabled()).isFalse();
    assertThat(translator.pairs()).isEmpty();
    assertThat(translator.serves("es", "en")).isFalse();
  }
}
