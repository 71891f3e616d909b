package eu.digilabs.hub.accounts;

import jakarta.validation.constraints.Min;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Settings under {@code hub.accounts}.
 *
 * @param adminEmail the first admin's email, created at first start when no admin exists
 * @param adminPassword the first admin's password ({@code HUB_ADMIN_PASSWORD}); generated and
 *     printed once when empty
 * @param lockAfterFailures failed sign-ins after which an account is locked
 * @param lockMinutes how long such a lock lasts
 */
@Validated
@ConfigurationProperties("hub.accounts")
record AccountsProperties(
    String adminEmail,
    String adminPassword,
    @Min(3) int lockAfterFailures,
    @Min(1) int lockMinutes) {

  AccountsProperties {
    adminEmail =
        adminEmail == null || adminEmail.isBlank() ? "admin@digilabs.localhost" : adminEmail;
    lockAfterFailures = lockAfterFailures == 0 ? 10 : lockAfterFailures;
    lockMinutes = lockMinutes == 0 ? 15 : lockMinutes;
  }
}
