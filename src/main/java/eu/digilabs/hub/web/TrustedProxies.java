package eu.digilabs.hub.web;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.catalina.Valve;
import org.apache.catalina.valves.RemoteIpValve;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.tomcat.TomcatWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;

/**
 * Trusts {@code X-Forwarded-For} and {@code X-Forwarded-Proto} only from the reverse proxies listed
 * in {@code hub.proxies.trusted} (IP addresses): Tomcat's remote IP valve ({@code
 * server.forward-headers-strategy=native}) is told to trust exactly these, instead of Spring Boot's
 * default of every private address. With none listed, forwarded headers are ignored, so the client
 * address (rate limits) and HTTPS (the Secure session cookie) are what Tomcat itself saw.
 */
@Component
class TrustedProxies implements WebServerFactoryCustomizer<TomcatWebServerFactory>, Ordered {

  /**
   * Settings under {@code hub.proxies}.
   *
   * @param trusted the addresses of the reverse proxies in front of the hub; none by default
   */
  @ConfigurationProperties("hub.proxies")
  record Settings(List<String> trusted) {

    Settings {
      trusted = trusted == null ? List.of() : List.copyOf(trusted);
    }
  }

  private final @Nullable String pattern;

  TrustedProxies(Settings settings) {
    this.pattern = pattern(settings.trusted());
  }

  /** A regular expression matching exactly the given addresses, or null for none. */
  static @Nullable String pattern(List<String> addresses) {
    String alternatives =
        addresses.stream()
            .map(String::strip)
            .filter(a -> !a.isEmpty())
            .map(TrustedProxies::normalised)
            .map(Pattern::quote)
            .collect(Collectors.joining("|"));
    return alternatives.isEmpty() ? null : alternatives;
  }

  /** The address as Tomcat writes a peer's address (IPv6 in full, e.g. 0:0:0:0:0:0:0:1). */
  private static String normalised(String address) {
    try {
      return InetAddress.getByName(address).getHostAddress();
    } catch (UnknownHostException e) {
      throw new IllegalArgumentException("hub.proxies.trusted: unknown address " + address, e);
    }
  }

  @Override
  public void customize(TomcatWebServerFactory factory) {
    for (Valve valve : factory.getEngineValves()) {
      if (valve instanceof RemoteIpValve remoteIp) {
        remoteIp.setInternalProxies(pattern);
        remoteIp.setTrustedProxies(null);
      }
    }
  }

  /** After Spring Boot's own customizer, which adds the valve. */
  @Override
  public int getOrder() {
    return Ordered.LOWEST_PRECEDENCE;
  }
}
