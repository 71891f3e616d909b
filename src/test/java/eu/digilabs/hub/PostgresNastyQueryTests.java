package eu.digilabs.hub;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The nasty queries on PostgreSQL, which rejects some characters H2 accepts. */
class PostgresNastyQueryTests extends NastyQueryTests {

  @DynamicPropertySource
  static void postgres(DynamicPropertyRegistry registry) {
    EmbeddedPostgres.register(registry);
  }
}
