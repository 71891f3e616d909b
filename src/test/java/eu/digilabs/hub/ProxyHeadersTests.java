package eu.digilabs.hub;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Behind a reverse proxy, on the real Tomcat: X-Forwarded-For and X-Forwarded-Proto count only when
 * they come from the trusted proxy (127.0.0.2 in this context); from anyone else they are ignored.
 * Suggestions are limited to 3 an hour per address here, which shows which address was counted.
 */
@LimitsTest
class ProxyHeadersTests {

  static final String PROXY = "127.0.0.2";

  @LocalServerPort int port;

  int suggest(String from, String forwardedFor) throws Exception {
    return RawHttp.get(from, port, "/search/suggest?q=por", "X-Forwarded-For: " + forwardedFor)
        .status();
  }

  @Test
  void anUntrustedPeerCannotChooseTheAddressItIsCountedBy() throws Exception {
    for (int i = 1; i <= 3; i++) {
      assertThat(suggest("127.0.0.3", "203.0.113." + i)).isEqualTo(200);
    }
    assertThat(suggest("127.0.0.3", "203.0.113.4")).isEqualTo(429);
  }

  @Test
  void theTrustedProxyForwardsTheClientsAddress() throws Exception {
    for (int i = 0; i < 3; i++) {
      assertThat(suggest(PROXY, "198.51.100.7")).isEqualTo(200);
    }
    assertThat(suggest(PROXY, "198.51.100.7")).isEqualTo(429);
    // Another client behind the same proxy has its own allowance; the proxy's own hop is skipped.
    assertThat(suggest(PROXY, "198.51.100.8, " + PROXY)).isEqualTo(200);
  }

  @Test
  void theSessionCookieIsSecureWhenTheTrustedProxyReceivedHttps() throws Exception {
    RawHttp.Response viaProxy =
        RawHttp.get(
            PROXY, port, "/login", "X-Forwarded-Proto: https", "X-Forwarded-For: 192.0.2.9");
    assertThat(viaProxy.status()).isEqualTo(200);
    assertThat(viaProxy.all("Set-Cookie"))
        .anySatisfy(c -> assertThat(c).startsWith("JSESSIONID=").contains("; Secure"));

    RawHttp.Response spoofed = RawHttp.get("127.0.0.4", port, "/login", "X-Forwarded-Proto: https");
    assertThat(spoofed.status()).isEqualTo(200);
    assertThat(spoofed.all("Set-Cookie"))
        .anySatisfy(c -> assertThat(c).startsWith("JSESSIONID=").doesNotContain("Secure"));
  }

  @Test
  void pagesOverALimitShowAFriendlyPageInTheVisitorsLanguage() throws Exception {
    for (int i = 0; i < 3; i++) {
      assertThat(RawHttp.get("127.0.0.5", port, "/search?q=portal").status()).isEqualTo(200);
    }
    RawHttp.Response refused =
        RawHttp.get(
            "127.0.0.5", port, "/search?q=portal", "Accept: text/html", "Accept-Language: de");
    assertThat(refused.status()).isEqualTo(429);
    assertThat(refused.header("Retry-After")).matches("\\d+");
    assertThat(refused.body())
        .contains("<h1>Zu viele Anfragen</h1>")
        .contains("Bitte versuchen Sie es in " + refused.header("Retry-After") + " Sekunden");
  }
}
