package eu.digilabs.hub.translation;

import eu.digilabs.hub.HubTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The platform with the shared real Apertium APY as its one translation provider (Spanish and
 * English). Tests that extend it share one application context.
 */
@HubTest
public abstract class WithApertium {

  @DynamicPropertySource
  static void apertium(DynamicPropertyRegistry registry) throws Exception {
    Apy apy = Apy.shared();
    registry.add("hub.translation.providers[0].type", () -> "apertium");
    registry.add("hub.translation.providers[0].url", () -> apy.url.toString());
    registry.add("hub.translation.providers[0].timeout", () -> "10s");
    // What the page and the search do with a translation is tested here, not how long they wait
    // for one: a loaded machine may take longer than the production budget of 1.5 s.
    registry.add("hub.translation.query-timeout", () -> "10s");
  }
}
