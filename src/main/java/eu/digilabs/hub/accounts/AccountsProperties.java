package eu.digilabs.hub.accounts;

import jakarta.validation.constraints.Min;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Settings under {@code hub.accounts}.
 *
 * @param adminEmail the first admin's email, created at first start when no admin exists
 * @param adminPassword the first admin's password ({@code HUB_ADMIN_PASSWORD}); when empty one is
 *     generated and written to a file only the owner can read; a weak one stops the start
 * @param lockAfterFailures failed sign-ins after which an account is locked
 * @param lockMinutes how long such a lock lasts
 * @param sessionIdleTimeout how long a signed-in session may stay unused (default 8 hours)
 * @param adminSessionIdleTimeout the same for admins (default 30 minutes)
 */
@Validated
@ConfigurationProperties("hub.accounts")
record AccountsProperties(
    String adminEmail,
    String adminPassword,
    @Min(3) int lockAfterFailures,
    @Min(1) int lockMinutes,
    Duration sessionIdleTimeout,
    Duration adminSessionIdleTimeout) {

  AccountsProperties {
    adminEmail =
        adminEmail == null || adminEmail.isBlank() ? "admin@digilabs.localhost" : adminEmail;
    lockAfterFailures = lockAfterFailures == 0 ? 10 : lockAfterFailures;
    lockMinutes = lockMinutes == 0 ? 15 : lockMinutes;
    sessionIdleTimeout = sessionIdleTimeout == null ? Duration.ofHours(8) : sessionIdleTimeout;
    adminSessionIdleTimeout =
        adminSessionIdleTimeout == null ? Duration.ofMinutes(30) : adminSessionIdleTimeout;
  }

  /** Seconds a session may stay unused, by role. */
  int idleSeconds(boolean admin) {
    return (int)
        Math.min(
            Integer.MAX_VALUE, (admin ? adminSessionIdleTimeout : sessionIdleTimeout).toSeconds());
  }
}
