package eu.digilabs.hub.events;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Instant;
import java.time.ZoneId;
import org.jspecify.annotations.Nullable;

/**
 * How people may register for an event: the seats per way of attending (none set: unlimited) and
 * the window in which registration is open (either end may be open). Seats exist only for the ways
 * the event offers.
 */
@Embeddable
class RegistrationTerms {

  @Column(name = "capacity_on_site")
  private @Nullable Integer capacityOnSite;

  @Column(name = "capacity_online")
  private @Nullable Integer capacityOnline;

  @Column(name = "registration_opens")
  private @Nullable Instant registrationOpens;

  @Column(name = "registration_closes")
  private @Nullable Instant registrationCloses;

  protected RegistrationTerms() {}

  /** The terms an organiser wrote, for an event attended in the given way in the given zone. */
  static RegistrationTerms of(EventCommand command, Attendance mode, ZoneId zone) {
    RegistrationTerms terms = new RegistrationTerms();
    terms.capacityOnSite = mode.onSite() ? command.capacityOnSite() : null;
    terms.capacityOnline = mode.online() ? command.capacityOnline() : null;
    terms.registrationOpens =
        command.registrationOpens() == null
            ? null
            : EventTimes.instant(command.registrationOpens(), zone);
    terms.registrationCloses =
        command.registrationCloses() == null
            ? null
            : EventTimes.instant(command.registrationCloses(), zone);
    return terms;
  }

  /** No limits and no window: what an event without stored terms has. */
  static RegistrationTerms open() {
    return new RegistrationTerms();
  }

  /** The seat limit for people attending this way; null when unlimited. */
  @Nullable Integer capacity(Attendance attendance) {
    return attendance == Attendance.ON_SITE ? capacityOnSite : capacityOnline;
  }

  /** Whether someone attending this way gets a seat when {@code confirmed} seats are taken. */
  boolean seatFree(Attendance attendance, long confirmed) {
    Integer capacity = capacity(attendance);
    return capacity == null || confirmed < capacity;
  }

  /** The message code why registration is not open at that instant, or null when it is. */
  @Nullable String closedReason(Instant now) {
    if (registrationOpens != null && now.isBefore(registrationOpens)) {
      return "events.error.notYetOpen";
    }
    if (registrationCloses != null && !now.isBefore(registrationCloses)) {
      return "events.error.closed";
    }
    return null;
  }

  @Nullable Integer capacityOnSite() {
    return capacityOnSite;
  }

  @Nullable Integer capacityOnline() {
    return capacityOnline;
  }

  @Nullable Instant registrationOpens() {
    return registrationOpens;
  }

  @Nullable Instant registrationCloses() {
    return registrationCloses;
  }
}
