package eu.digilabs.hub.cooperation;

import eu.digilabs.hub.EmbeddedPostgres;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The same on PostgreSQL, where export and erasure SQL of the new modules must run too. */
class PostgresCooperationPrivacyTests extends CooperationPrivacyTests {

  @DynamicPropertySource
  static void postgres(DynamicPropertyRegistry registry) {
    EmbeddedPostgres.register(registry);
  }
}
