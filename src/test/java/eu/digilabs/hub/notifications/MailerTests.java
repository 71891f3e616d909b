package eu.digilabs.hub.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MailerTests {

  @Test
  void logLinesNameNoAddress() {
    assertThat(
            Mailer.withoutAddresses(
                "550 5.1.1 <eve@example.org>: Recipient address rejected: eve@example.org"))
        .isEqualTo("550 5.1.1 <[address]>: Recipient address rejected: [address]");
  }

  @Test
  void aMissingMessageBecomesEmpty() {
    assertThat(Mailer.withoutAddresses(null)).isEmpty();
  }
}
