package eu.digilabs.hub.discussions;

import eu.digilabs.hub.EmbeddedPostgres;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Discussions and moderation on PostgreSQL. */
class PostgresDiscussionTests extends DiscussionTests {

  @DynamicPropertySource
  static void postgres(DynamicPropertyRegistry registry) {
    EmbeddedPostgres.register(registry);
  }
}
