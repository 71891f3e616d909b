package eu.digilabs.hub.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The {@link Registration} aggregate: a seat or a place in line, moving up, cancelling. */
class RegistrationAggregateTests {

  private static final Instant NOW = Instant.parse("2030-05-01T10:00:00Z");

  @Test
  void withASeatTheRegistrationIsConfirmedAtOnce() {
    Registration registration = new Registration(1L, 2L);

    registration.register(Attendance.ON_SITE, true, "de", NOW);

    assertThat(registration.state()).isEqualTo(Registration.State.CONFIRMED);
    assertThat(registration.confirmedAt()).isEqualTo(NOW);
    assertThat(registration.language()).isEqualTo("de");
    assertThat(registration.active()).isTrue();
  }

  @Test
  void withoutASeatItWaitsAndMovesUpWhenPromoted() {
    Registration registration = new Registration(1L, 2L);
    registration.register(Attendance.ON_SITE, false, "en", NOW);

    assertThat(registration.state()).isEqualTo(Registration.State.WAITLISTED);
    assertThat(registration.confirmedAt()).isNull();
    assertThat(registration.active()).isTrue();

    registration.promote(NOW.plusSeconds(60));

    assertThat(registration.state()).isEqualTo(Registration.State.CONFIRMED);
    assertThat(registration.confirmedAt()).isEqualTo(NOW.plusSeconds(60));
  }

  @Test
  void aCancelledRegistrationIsNoLongerActive() {
    Registration registration = new Registration(1L, 2L);
    registration.register(Attendance.ONLINE, true, "en", NOW);

    registration.cancel(NOW.plusSeconds(5));

    assertThat(registration.state()).isEqualTo(Registration.State.CANCELLED);
    assertThat(registration.cancelledAt()).isEqualTo(NOW.plusSeconds(5));
    assertThat(registration.active()).isFalse();
  }

  @Test
  void registeringAgainTakesANewPlaceInLineAndForgetsTheOldDay() {
    Registration registration = new Registration(1L, 2L);
    registration.register(Attendance.ON_SITE, true, "en", NOW);
    registration.attended(true, NOW);
    registration.cancel(NOW.plusSeconds(5));

    Instant later = NOW.plusSeconds(60);
    registration.register(Attendance.ONLINE, false, "de", later);

    assertThat(registration.attendance()).isEqualTo(Attendance.ONLINE);
    assertThat(registration.state()).isEqualTo(Registration.State.WAITLISTED);
    assertThat(registration.registeredAt()).isEqualTo(later);
    assertThat(registration.cancelledAt()).isNull();
    assertThat(registration.attendedAt()).isNull();
  }

  @Test
  void checkInCanBeUndone() {
    Registration registration = new Registration(1L, 2L);
    registration.register(Attendance.ON_SITE, true, "en", NOW);

    registration.attended(true, NOW);
    assertThat(registration.attendedAt()).isEqualTo(NOW);
    registration.attended(false, NOW);
    assertThat(registration.attendedAt()).isNull();
  }
}
