package eu.digilabs.hub.reuse;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * One dated entry of an uptake's history: a stage reached (effective on the day the person gives,
 * so "live since 2021-08-01" can be recorded later), or a note or answer between provider and
 * reuser.
 */
@Entity
@Table(name = "uptake_step")
class UptakeStep {

  /** A stage reached, the provider's answer, or the reuser's note. */
  enum Kind {
    STAGE,
    ANSWER,
    NOTE
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private @Nullable Long id;

  private long uptakeId;

  @Enumerated(EnumType.STRING)
  private Kind kind;

  @Enumerated(EnumType.STRING)
  private @Nullable UptakeStage stage;

  private LocalDate effectiveOn;
  private @Nullable String note;
  private @Nullable Long authorId;
  private String author;
  private Instant recordedAt;

  @SuppressWarnings("NullAway.Init") // JPA sets the fields from the row it loads
  protected UptakeStep() {}

  UptakeStep(
      long uptakeId,
      Kind kind,
      @Nullable UptakeStage stage,
      LocalDate effectiveOn,
      @Nullable String note,
      @Nullable Long authorId,
      String author) {
    this.uptakeId = uptakeId;
    this.kind = kind;
    this.stage = stage;
    this.effectiveOn = effectiveOn;
    this.note = note;
    this.authorId = authorId;
    this.author = author;
    this.recordedAt = Instant.now();
  }

  long uptakeId() {
    return uptakeId;
  }

  Kind kind() {
    return kind;
  }

  @Nullable UptakeStage stage() {
    return stage;
  }

  LocalDate effectiveOn() {
    return effectiveOn;
  }

  @Nullable String note() {
    return note;
  }

  @Nullable Long authorId() {
    return authorId;
  }

  String author() {
    return author;
  }

  Instant recordedAt() {
    return recordedAt;
  }
}
