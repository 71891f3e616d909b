package eu.digilabs.hub.assistant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.boot.health.contributor.Status;

/** Readiness follows the passages: out of service while they are rebuilt, up otherwise. */
class PassageRebuildHealthTests {

  @Test
  void outOfServiceWhileThePassagesAreRebuiltAndUpAfterwards() {
    PassageIndex index = mock(PassageIndex.class);
    PassageRebuildHealthIndicator health = new PassageRebuildHealthIndicator(index);
    Instant started = Instant.now();
    when(index.progress()).thenReturn(new PassageIndex.Progress(true, 3, 9, started, null, null));
    assertThat(health.health().getStatus()).isEqualTo(Status.OUT_OF_SERVICE);
    when(index.progress())
        .thenReturn(new PassageIndex.Progress(false, 9, 9, started, Instant.now(), null));
    assertThat(health.health().getStatus()).isEqualTo(Status.UP);
  }
}
