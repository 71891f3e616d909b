package eu.digilabs.hub.shared.limits;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.digilabs.hub.shared.limits.RateLimitProperties.Limit;
import eu.digilabs.hub.shared.problems.TooManyRequests;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

/**
 * The documented defaults of the rate limits, partial overrides, the token bucket's arithmetic and
 * the trusted proxies' pattern, without a Spring context.
 */
class LimitSettingsTests {

  static RateLimitProperties bind(Map<String, String> properties) {
    return new Binder(new MapConfigurationPropertySource(properties))
        .bindOrCreate("hub.rate-limits", RateLimitProperties.class);
  }

  @Test
  void defaultsAreTheDocumentedOnes() {
    RateLimitProperties limits = bind(Map.of());
    assertThat(limits.login()).isEqualTo(new Limit(20, Duration.ofMinutes(5)));
    assertThat(limits.loginName()).isEqualTo(new Limit(10, Duration.ofMinutes(5)));
    assertThat(limits.signup()).isEqualTo(new Limit(10, Duration.ofHours(1)));
    assertThat(limits.password()).isEqualTo(new Limit(5, Duration.ofMinutes(15)));
    assertThat(limits.search()).isEqualTo(new Limit(60, Duration.ofMinutes(1)));
    assertThat(limits.searchApi()).isEqualTo(new Limit(60, Duration.ofMinutes(1)));
    assertThat(limits.suggestions()).isEqualTo(new Limit(120, Duration.ofMinutes(1)));
    assertThat(limits.failureReports()).isEqualTo(new Limit(10, Duration.ofHours(1)));
    assertThat(limits.organiserMessages()).isEqualTo(new Limit(10, Duration.ofHours(1)));
    assertThat(limits.clients()).isEqualTo(100_000);
  }

  @Test
  void aCapacityAloneKeepsTheDefaultPeriod() {
    RateLimitProperties limits = bind(Map.of("hub.rate-limits.search.capacity", "7"));
    assertThat(limits.search()).isEqualTo(new Limit(7, Duration.ofMinutes(1)));
  }

  @Test
  void aLimitBelowOneIsRefusedAtStart() {
    assertThatThrownBy(() -> bind(Map.of("hub.rate-limits.signup.capacity", "0")))
        .hasRootCauseInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aBucketAllowsItsCapacityThenTellsHowLongToWait() {
    RateLimits limits = new RateLimits(bind(Map.of()));
    Limit limit = new Limit(2, Duration.ofMinutes(10));
    limits.take("test", limit, "address:192.0.2.1");
    limits.take("test", limit, "address:192.0.2.1");
    assertThatThrownBy(() -> limits.take("test", limit, "address:192.0.2.1"))
        .isInstanceOfSatisfying(
            TooManyRequests.class, e -> assertThat(e.retryAfterSeconds()).isBetween(590L, 601L));
    limits.take("test", limit, "address:192.0.2.2");
    limits.take("other", limit, "address:192.0.2.1");
  }
}
