package eu.digilabs.hub.demo;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings under {@code hub.demo}.
 *
 * @param enabled load demo content into an empty store (never in the {@code prod} profile)
 */
@ConfigurationProperties("hub.demo")
record DemoProperties(Boolean enabled) {

  DemoProperties {
    enabled = enabled == null || enabled;
  }
}
