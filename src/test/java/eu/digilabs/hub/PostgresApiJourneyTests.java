package eu.digilabs.hub;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The same API journey, with the persistence layer on a real PostgreSQL server. */
class PostgresApiJourneyTests extends ApiJourneyTests {

  @DynamicPropertySource
  static void postgres(DynamicPropertyRegistry registry) {
    EmbeddedPostgres.register(registry);
  }
}
