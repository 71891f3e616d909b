package eu.digilabs.hub.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.boot.health.contributor.Status;

/** Readiness follows the index: out of service while a rebuild runs, up otherwise. */
class IndexRebuildHealthTests {

  @Test
  void outOfServiceWhileTheIndexIsRebuiltAndUpAfterwards() {
    Reindexing reindexing = mock(Reindexing.class);
    IndexRebuildHealthIndicator health = new IndexRebuildHealthIndicator(reindexing);
    Instant started = Instant.now();
    when(reindexing.progress())
        .thenReturn(new Reindexing.Progress(true, 10, 100, started, null, null));
    assertThat(health.health().getStatus()).isEqualTo(Status.OUT_OF_SERVICE);
    when(reindexing.progress())
        .thenReturn(new Reindexing.Progress(false, 100, 100, started, Instant.now(), null));
    assertThat(health.health().getStatus()).isEqualTo(Status.UP);
  }
}
