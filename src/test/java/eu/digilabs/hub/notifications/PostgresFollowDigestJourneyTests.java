package eu.digilabs.hub.notifications;

import eu.digilabs.hub.EmbeddedPostgres;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The follow, feed, digest and unsubscribe journey on PostgreSQL, whose driver is stricter. */
class PostgresFollowDigestJourneyTests extends FollowDigestJourneyTests {

  @DynamicPropertySource
  static void postgres(DynamicPropertyRegistry registry) {
    EmbeddedPostgres.register(registry);
  }
}
