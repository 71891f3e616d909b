package eu.digilabs.hub.reuse;

import eu.digilabs.hub.EmbeddedPostgres;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** {@link SolutionApiJourneyTests} on a real PostgreSQL. */
class PostgresSolutionApiJourneyTests extends SolutionApiJourneyTests {

  @DynamicPropertySource
  static void postgres(DynamicPropertyRegistry registry) {
    EmbeddedPostgres.register(registry);
  }
}
