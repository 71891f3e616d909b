package eu.digilabs.hub.events;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** An attendee's rating (1 to 5) of a session, with an optional comment; one per person. */
@Entity
@Table(name = "session_feedback")
class Feedback {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private @Nullable Long id;

  @Column(name = "session_id")
  private long sessionId;

  @Column(name = "account_id")
  private long accountId;

  private int rating;
  private @Nullable String comment;

  @Column(name = "created_at")
  private Instant createdAt;

  protected Feedback() {}

  Feedback(long sessionId, long accountId, int rating, @Nullable String comment) {
    this.sessionId = sessionId;
    this.accountId = accountId;
    this.rating = rating;
    this.comment = comment == null || comment.isBlank() ? null : comment.strip();
    this.createdAt = Instant.now();
  }

  long sessionId() {
    return sessionId;
  }

  int rating() {
    return rating;
  }

  @Nullable String comment() {
    return comment;
  }

  Instant createdAt() {
    return createdAt;
  }
}
