package eu.digilabs.hub.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

/** The {@link Event} aggregate and its {@link RegistrationTerms}, without Spring. */
class EventAggregateTests {

  private static final LocalDateTime START = LocalDateTime.of(2030, 5, 6, 9, 0);

  @Test
  void aNewEventIsADraftOrganisedByItsCreatorWithTimesInItsZone() {
    Event event = new Event(EventFixtures.event().from(START).to(START.plusHours(8)).build(), 7L);

    assertThat(event.publication()).isEqualTo(Event.Publication.DRAFT);
    assertThat(event.organiserIds()).containsExactly(7L);
    assertThat(event.startsAt()).isEqualTo(Instant.parse("2030-05-06T07:00:00Z"));
    assertThat(event.endsAt()).isEqualTo(Instant.parse("2030-05-06T15:00:00Z"));
    assertThat(event.publicOnes()).isFalse();
  }

  @Test
  void aSeededEventHasNoOrganiser() {
    assertThat(new Event(EventFixtures.event().build(), null).organiserIds()).isEmpty();
  }

  @Test
  void publishingCancellingAndUnpublishingChangeThePublication() {
    Event event = new Event(EventFixtures.event().build(), 1L);

    event.publish();
    assertThat(event.publication()).isEqualTo(Event.Publication.PUBLISHED);
    assertThat(event.publicOnes()).isTrue();
    event.unpublish();
    assertThat(event.publication()).isEqualTo(Event.Publication.DRAFT);
    event.cancel();
    assertThat(event.publication()).isEqualTo(Event.Publication.CANCELLED);
    assertThat(event.publicOnes()).isTrue();
  }

  @Test
  void aMembersOnlyEventIsNeverPublic() {
    Event event = new Event(EventFixtures.event().membersOnly().build(), 1L);
    event.publish();

    assertThat(event.publicOnes()).isFalse();
  }

  @Test
  void anOnlineEventKeepsNoVenueAndNoOnSiteSeats() {
    Event event =
        new Event(EventFixtures.event().mode("online").seats(30).onlineSeats(100).build(), 1L);

    assertThat(event.venueName()).isNull();
    assertThat(event.terms().capacity(Attendance.ON_SITE)).isNull();
    assertThat(event.terms().capacity(Attendance.ONLINE)).isEqualTo(100);
    assertThat(event.streamUrl()).isNotNull();
  }

  @Test
  void anOnSiteEventKeepsNoStreamAndNoOnlineSeats() {
    Event event =
        new Event(EventFixtures.event().mode("on-site").seats(30).onlineSeats(100).build(), 1L);

    assertThat(event.streamUrl()).isNull();
    assertThat(event.terms().capacity(Attendance.ON_SITE)).isEqualTo(30);
    assertThat(event.terms().capacity(Attendance.ONLINE)).isNull();
  }

  @Test
  void seatsAreFreeBelowTheLimitAndAlwaysWithoutOne() {
    RegistrationTerms terms = new Event(EventFixtures.event().seats(2).build(), 1L).terms();

    assertThat(terms.seatFree(Attendance.ON_SITE, 1)).isTrue();
    assertThat(terms.seatFree(Attendance.ON_SITE, 2)).isFalse();
    assertThat(terms.seatFree(Attendance.ONLINE, 10_000)).isTrue();
    assertThat(RegistrationTerms.open().seatFree(Attendance.ON_SITE, 10_000)).isTrue();
  }

  @Test
  void registrationIsOpenOnlyInsideItsWindow() {
    RegistrationTerms terms =
        new Event(
                EventFixtures.event()
                    .from(START)
                    .to(START.plusHours(8))
                    .registration(START.minusDays(5), START.minusDays(1))
                    .build(),
                1L)
            .terms();
    Instant opens = Instant.parse("2030-05-01T07:00:00Z");
    Instant closes = Instant.parse("2030-05-05T07:00:00Z");

    assertThat(terms.closedReason(opens.minusSeconds(1))).isEqualTo("events.error.notYetOpen");
    assertThat(terms.closedReason(opens)).isNull();
    assertThat(terms.closedReason(closes.minusSeconds(1))).isNull();
    assertThat(terms.closedReason(closes)).isEqualTo("events.error.closed");
    assertThat(RegistrationTerms.open().closedReason(closes)).isNull();
  }

  @Test
  void anEventIsPastOnlyAfterItEnded() {
    Event event = new Event(EventFixtures.event().from(START).to(START.plusHours(8)).build(), 1L);

    assertThat(event.past(Instant.parse("2030-05-06T15:00:00Z"))).isFalse();
    assertThat(event.past(Instant.parse("2030-05-06T15:00:01Z"))).isTrue();
  }

  @Test
  void organisersCanBeAddedAndRemoved() {
    Event event = new Event(EventFixtures.event().build(), 1L);

    event.addOrganiser(2L);
    event.removeOrganiser(1L);

    assertThat(event.organiserIds()).containsExactly(2L);
  }
}
