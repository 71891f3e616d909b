package eu.digilabs.hub.accounts;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings under {@code hub.security}.
 *
 * @param hsts whether to send Strict-Transport-Security (on in the {@code prod} profile)
 */
@ConfigurationProperties("hub.security")
record SecuritySettings(boolean hsts) {}
