package eu.digilabs.hub.translation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.digilabs.hub.translation.TranslationFailure.Reason;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class GuardedProviderTests {

  /** A provider that fails as told, then echoes in upper case. */
  static final class Scripted implements TranslationProvider {
    final Deque<TranslationFailure> failures = new ArrayDeque<>();
    int calls;

    @Override
    public String name() {
      return "Scripted";
    }

    @Override
    public Set<LanguagePair> pairs() {
      return Set.of(new LanguagePair("de", "en"), new LanguagePair("en", "de"));
    }

    @Override
    public List<String> translate(List<String> texts, LanguagePair pair, boolean html) {
      calls++;
      if (!failures.isEmpty()) {
        throw failures.pop();
      }
      return texts.stream().map(String::toUpperCase).toList();
    }
  }

  /** Today's characters in memory. */
  static final class Counted implements Quota {
    final Map<String, Long> used = new HashMap<>();

    @Override
    public boolean reserve(String provider, long characters, long limit) {
      long now = used.getOrDefault(provider, 0L);
      if (limit > 0 && now + characters > limit) {
        return false;
      }
      used.put(provider, now + characters);
      return true;
    }

    @Override
    public long today(String provider) {
      return used.getOrDefault(provider, 0L);
    }
  }

  final Scripted provider = new Scripted();
  final Counted quota = new Counted();
  final List<Long> waits = new ArrayList<>();
  final LanguagePair deEn = new LanguagePair("de", "en");

  GuardedProvider guarded(long dailyCharacters, int retries, List<String> pairs) {
    return new GuardedProvider(
        provider,
        new TranslationProperties.Provider(
            "scripted",
            null,
            null,
            null,
            null,
            null,
            dailyCharacters,
            retries,
            Duration.ofMillis(100),
            pairs),
        quota,
        waits::add,
        0);
  }

  @Test
  void rateLimitsAndOutagesAreTriedAgainWithDoublingWaitsAndTheServicesRetryAfter() {
    provider.failures.add(new TranslationFailure(Reason.UNAVAILABLE, "503"));
    provider.failures.add(new TranslationFailure(Reason.RATE_LIMITED, "429", 2_000, null));
    provider.failures.add(new TranslationFailure(Reason.UNAVAILABLE, "timeout"));
    assertThat(guarded(0, 3, List.of()).translate(List.of("hallo"), deEn, false))
        .containsExactly("HALLO");
    assertThat(waits).containsExactly(100L, 2_000L, 400L);
  }

  @Test
  void refusalsAreNotRepeatedAndRetriesEnd() {
    provider.failures.add(new TranslationFailure(Reason.REFUSED, "403 bad key"));
    assertThatThrownBy(() -> guarded(0, 3, List.of()).translate(List.of("x"), deEn, false))
        .isInstanceOfSatisfying(
            TranslationFailure.class, f -> assertThat(f.reason()).isEqualTo(Reason.REFUSED));
    assertThat(provider.calls).isEqualTo(1);

    provider.calls = 0;
    for (int i = 0; i < 5; i++) {
      provider.failures.add(new TranslationFailure(Reason.UNAVAILABLE, "503"));
    }
    assertThatThrownBy(() -> guarded(0, 2, List.of()).translate(List.of("x"), deEn, false))
        .isInstanceOf(TranslationFailure.class);
    assertThat(provider.calls).isEqualTo(3);
  }

  @Test
  void aSpentQuotaSendsNothingAndOnlyTheConfiguredPairsAreServed() {
    GuardedProvider small = guarded(10, 0, List.of("de|en"));
    assertThat(small.translate(List.of("zwölf zehn"), deEn, false)).hasSize(1);
    assertThatThrownBy(() -> small.translate(List.of("zu viel"), deEn, false))
        .isInstanceOfSatisfying(
            TranslationFailure.class, f -> assertThat(f.reason()).isEqualTo(Reason.QUOTA));
    assertThat(provider.calls).isEqualTo(1);
    assertThat(small.usedToday()).isEqualTo(10);
    assertThat(small.pairs()).containsExactly(deEn);
  }
}
