package eu.digilabs.hub.events;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A member's registration for an event, on-site or online. When seats are full it waits in line,
 * ordered by the time it was made, and moves up when a seat frees.
 */
@Entity
@Table(name = "event_registration")
class Registration {

  enum State {
    CONFIRMED,
    WAITLISTED,
    CANCELLED
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private @Nullable Long id;

  @Column(name = "event_id")
  private long eventId;

  @Column(name = "account_id")
  private long accountId;

  @Enumerated(EnumType.STRING)
  private @Nullable Attendance attendance;

  @Enumerated(EnumType.STRING)
  private @Nullable State state;

  /** The language the person registered in: their mails are written in it. */
  private @Nullable String language;

  @Column(name = "registered_at")
  private @Nullable Instant registeredAt;

  @Column(name = "confirmed_at")
  private @Nullable Instant confirmedAt;

  @Column(name = "cancelled_at")
  private @Nullable Instant cancelledAt;

  @Column(name = "attended_at")
  private @Nullable Instant attendedAt;

  protected Registration() {}

  Registration(long eventId, long accountId) {
    this.eventId = eventId;
    this.accountId = accountId;
  }

  /** (Re)registers: a new place in line, confirmed when a seat is free. */
  void register(Attendance attendance, boolean seat, String language, Instant now) {
    this.attendance = attendance;
    this.language = language;
    this.registeredAt = now;
    this.cancelledAt = null;
    this.attendedAt = null;
    this.state = seat ? State.CONFIRMED : State.WAITLISTED;
    this.confirmedAt = seat ? now : null;
  }

  void promote(Instant now) {
    this.state = State.CONFIRMED;
    this.confirmedAt = now;
  }

  void cancel(Instant now) {
    this.state = State.CANCELLED;
    this.cancelledAt = now;
  }

  void attended(boolean present, Instant now) {
    this.attendedAt = present ? now : null;
  }

  @Nullable Long id() {
    return id;
  }

  long eventId() {
    return eventId;
  }

  long accountId() {
    return accountId;
  }

  @SuppressWarnings("NullAway") // set by register() before the registration is stored
  Attendance attendance() {
    return attendance;
  }

  @SuppressWarnings("NullAway") // set by register() before the registration is stored
  State state() {
    return state;
  }

  @SuppressWarnings("NullAway") // set by register() before the registration is stored
  String language() {
    return language;
  }

  @SuppressWarnings("NullAway") // set by register() before the registration is stored
  Instant registeredAt() {
    return registeredAt;
  }

  @Nullable Instant confirmedAt() {
    return confirmedAt;
  }

  @Nullable Instant cancelledAt() {
    return cancelledAt;
  }

  @Nullable Instant attendedAt() {
    return attendedAt;
  }

  boolean active() {
    return state != State.CANCELLED;
  }
}
