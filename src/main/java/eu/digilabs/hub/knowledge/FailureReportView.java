package eu.digilabs.hub.knowledge;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A failure report as a reader sees it. For an anonymous report, {@code authorName}, {@code labId}
 * and {@code projectId} are empty for everyone but its author and admins.
 */
public record FailureReportView(
    long id,
    String title,
    String tried,
    String wentWrong,
    List<String> causes,
    @Nullable String differently,
    @Nullable String lessons,
    @Nullable String phase,
    @Nullable Long projectId,
    @Nullable Long labId,
    @Nullable Long serviceId,
    @Nullable String language,
    boolean anonymous,
    @Nullable String authorName,
    boolean published,
    boolean demo,
    Instant createdAt,
    Instant updatedAt,
    long version) {

  /** The report with identifying details only when {@code reveal} (author, admin). */
  static FailureReportView of(FailureReport r, boolean reveal, @Nullable String authorName) {
    boolean shown = !r.anonymous() || reveal;
    return new FailureReportView(
        r.id(),
        r.title(),
        r.tried(),
        r.wentWrong(),
        List.copyOf(r.causes()),
        r.differently(),
        r.lessons(),
        r.phase(),
        shown ? r.projectId() : null,
        shown ? r.labId() : null,
        r.serviceId(),
        r.language(),
        r.anonymous(),
        shown ? authorName : null,
        r.published(),
        r.demo(),
        r.createdAt(),
        r.updatedAt(),
        r.version());
  }
}
