package eu.digilabs.hub.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TrustedProxiesTests {

  @Test
  void onlyTheListedProxiesAreTrusted() {
    assertThat(TrustedProxies.pattern(List.of())).isNull();
    assertThat(TrustedProxies.pattern(List.of(" "))).isNull();
    String pattern = TrustedProxies.pattern(List.of("10.0.0.5", "::1"));
    assertThat("10.0.0.5").matches(pattern);
    assertThat("0:0:0:0:0:0:0:1").matches(pattern);
    assertThat("10.0.0.50").doesNotMatch(pattern);
    assertThat("10a0b0c5").doesNotMatch(pattern);
  }
}
