package eu.digilabs.hub.events;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A registration as its person and the organisers see it. {@code state} is confirmed, waitlisted or
 * cancelled; {@code language} is the one its mails are written in; {@code position} is the place on
 * the waiting list (1 is next), 0 otherwise.
 */
public record RegistrationView(
    long id,
    long eventId,
    long accountId,
    String name,
    String email,
    String attendance,
    String state,
    String language,
    int position,
    Instant registeredAt,
    @Nullable Instant attendedAt) {

  public boolean confirmed() {
    return "confirmed".equals(state);
  }

  public boolean waitlisted() {
    return "waitlisted".equals(state);
  }
}
