package eu.digilabs.hub.translation;

import eu.digilabs.hub.EmbeddedPostgres;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The translation quota on PostgreSQL, where a lost race for today's row aborts its transaction.
 */
class PostgresTranslationUsageTests extends TranslationUsageTests {

  @DynamicPropertySource
  static void postgres(DynamicPropertyRegistry registry) {
    EmbeddedPostgres.register(registry);
  }
}
