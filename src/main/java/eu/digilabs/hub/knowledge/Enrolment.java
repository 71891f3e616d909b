package eu.digilabs.hub.knowledge;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** A member's enrolment in a course: lessons done (with quiz results) and the certificate. */
@Entity
@Table(name = "enrolment")
class Enrolment {

  /** A lesson done; {@code score} of {@code total} quiz questions right (0 of 0 without quiz). */
  @Embeddable
  record Progress(@Column(name = "done_at") Instant doneAt, int score, int total) {}

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private @Nullable Long id;

  @Column(name = "course_id")
  private long courseId;

  @Column(name = "account_id")
  private long accountId;

  @Column(name = "enrolled_at")
  private Instant enrolledAt;

  @Column(name = "completed_at")
  private @Nullable Instant completedAt;

  @Column(name = "certificate_code")
  private @Nullable String certificateCode;

  @ElementCollection
  @CollectionTable(name = "lesson_progress", joinColumns = @JoinColumn(name = "enrolment_id"))
  @MapKeyColumn(name = "lesson_id")
  private Map<Long, Progress> progress = new LinkedHashMap<>();

  protected Enrolment() {}

  Enrolment(long courseId, long accountId) {
    this.courseId = courseId;
    this.accountId = accountId;
    this.enrolledAt = Instant.now();
  }

  void done(long lessonId, int score, int total) {
    progress.put(lessonId, new Progress(Instant.now(), score, total));
  }

  void complete(String code) {
    if (completedAt == null) {
      completedAt = Instant.now();
      certificateCode = code;
    }
  }

  @SuppressWarnings("NullAway") // JPA gives every saved row its id
  long id() {
    return id;
  }

  long courseId() {
    return courseId;
  }

  long accountId() {
    return accountId;
  }

  Instant enrolledAt() {
    return enrolledAt;
  }

  @Nullable Instant completedAt() {
    return completedAt;
  }

  @Nullable String certificateCode() {
    return certificateCode;
  }

  Map<Long, Progress> progress() {
    return progress;
  }
}
