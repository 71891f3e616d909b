package eu.digilabs.hub.translation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class DigestAuthTests {

  @Test
  void answersTheWorkedExampleOfRfc2617() {
    Map<String, String> challenge =
        DigestAuth.challenge(
                "Digest realm=\"testrealm@host.com\", qop=\"auth,auth-int\","
                    + " nonce=\"dcd98b7102dd2f0e8b11d0f600bfb0c093\","
                    + " opaque=\"5ccc069c403ebaf9f0171e9517f40e41\"")
            .orElseThrow();
    String header =
        DigestAuth.authorization(
            challenge, "Mufasa", "Circle Of Life", "GET", "/dir/index.html", "0a4f113b");
    assertThat(header)
        .startsWith("Digest username=\"Mufasa\"")
        .contains("response=\"6629fae49393a05397450978507c4ef1\"")
        .contains("qop=auth", "nc=00000001", "cnonce=\"0a4f113b\"")
        .contains("opaque=\"5ccc069c403ebaf9f0171e9517f40e41\"");
  }

  @Test
  void aBasicChallengeOrOneWithoutNonceIsNoDigestChallenge() {
    assertThat(DigestAuth.challenge("Basic realm=\"x\"")).isEmpty();
    assertThat(DigestAuth.challenge("Digest realm=\"x\"")).isEmpty();
    assertThat(DigestAuth.challenge("digest nonce=abc, realm=\"a, b\"").orElseThrow())
        .containsEntry("nonce", "abc")
        .containsEntry("realm", "a, b");
    assertThat(DigestAuth.challenge("Digest nonce=\"n\", realm=\"a\\\"\r\nX-Evil: 1\""))
        .as("a value that would break out of its quotes in the answer")
        .isEmpty();
  }
}
