package eu.digilabs.hub.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SecretLinksTests {

  @Test
  void everyLinkLosesItsTokenAndKeepsTheRest() {
    String body =
        "Confirm: https://hub.example/verify?token=abc-123_XYZ\n"
            + "Or: https://hub.example/login/link/confirm?lang=de&token=s3cr3t#top\n"
            + "Reset: https://hub.example/password/reset?token=t0k&lang=en";

    assertThat(SecretLinks.redact(body))
        .isEqualTo(
            "Confirm: https://hub.example/verify?token=***\n"
                + "Or: https://hub.example/login/link/confirm?lang=de&token=***#top\n"
                + "Reset: https://hub.example/password/reset?token=***&lang=en");
  }

  @Test
  void textWithoutSecretsStaysAsItIs() {
    String body = "Your password was changed. Tokens: ci (dlh_abc…). See /profile#token-review";

    assertThat(SecretLinks.redact(body)).isEqualTo(body);
  }

  @Test
  void aWordThatOnlyEndsInTokenIsNoSecret() {
    assertThat(SecretLinks.redact("https://hub.example/x?mytoken=keep"))
        .isEqualTo("https://hub.example/x?mytoken=keep");
  }
}
