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

  @Test
  void anExpiredLockStartsTheCountAgainSoOneGuessPerPeriodCannotKeepTheOwnerOut() {
    Account account = new Account("b@example.org", "B", "{noop}x");
    Instant now = Instant.parse("2026-01-01T10:00:00Z");
    for (int i = 0; i < 5; i++) {
      account.failedSignIn(now, 5, Duration.ofMinutes(15));
    }
    assertThat(account.locked(now.plus(Duration.ofMinutes(14)))).isTrue();
    Instant later = now.plus(Duration.ofMinutes(16));
    account.failedSignIn(later, 5, Duration.ofMinutes(15));
    assertThat(account.failedSignIns()).isEqualTo(1);
    assertThat(account.locked(later.plusSeconds(1))).isFalse();
  }

  @Test
  void aNewPasswordMovesTheSessionStampOn() {
    Account account = new Account("c@example.org", "C", "{noop}x");
    long before = account.sessionStamp();
    account.password("{noop}y");
    assertThat(account.sessionStamp()).isEqualTo(before + 1);
  }
}
