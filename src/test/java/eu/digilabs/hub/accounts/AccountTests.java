package eu.digilabs.hub.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class AccountTests {

  @Test
  void failedSignInsSlowDownFromTheThirdAndLockFromTheLimit() {
    Account account = new Account("a@example.org", "A", "{noop}x");
    Instant now = Instant.parse("2026-01-01T10:00:00Z");
    account.failedSignIn(now, 6, Duration.ofMinutes(15));
    account.failedSignIn(now, 6, Duration.ofMinutes(15));
    assertThat(account.locked(now)).isFalse();
    account.failedSignIn(now, 6, Duration.ofMinutes(15));
    assertThat(account.locked(now)).isTrue();
    assertThat(account.locked(now.plusSeconds(1))).isFalse();
    account.failedSignIn(now.plusSeconds(1), 6, Duration.ofMinutes(15));
    assertThat(account.locked(now.plusSeconds(2))).isTrue();
    assertThat(account.locked(now.plusSeconds(3))).isFalse();
    account.failedSignIn(now.plusSeconds(3), 6, Duration.ofMinutes(15));
    account.failedSignIn(now.plusSeconds(8), 6, Duration.ofMinutes(15));
    assertThat(account.locked(now.plusSeconds(8).plus(Duration.ofMinutes(14)))).isTrue();
    assertThat(account.locked(now.plusSeconds(8).plus(Duration.ofMinutes(16)))).isFalse();
    account.signedIn();
    assertThat(account.failedSignIns()).isZero();
    assertThat(account.locked(now)).isFalse();
  }
}
