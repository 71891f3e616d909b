package eu.digilabs.hub.reuse;

import eu.digilabs.hub.projects.ChangeView;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** One entry of a solution's change history: who did what when, and which fields changed. */
@Entity
@Table(name = "solution_change")
class SolutionChange {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private @Nullable Long id;

  @Column(name = "solution_id")
  private long solutionId;

  @Column(name = "account_id")
  private @Nullable Long accountId;

  private String author;

  @Column(name = "changed_at")
  private Instant changedAt;

  private String action;
  private @Nullable String fields;

  @SuppressWarnings("NullAway.Init") // JPA sets the fields from the row it loads
  protected SolutionChange() {}

  SolutionChange(
      long solutionId,
      @Nullable Long accountId,
      String author,
      String action,
      List<String> fields) {
    this.solutionId = solutionId;
    this.accountId = accountId;
    this.author = author;
    this.action = action;
    this.changedAt = Instant.now();
    String joined = String.join(",", fields);
    this.fields = joined.length() > 2000 ? joined.substring(0, 2000) : joined;
  }

  ChangeView view() {
    return new ChangeView(
        author,
        changedAt,
        action,
        fields == null || fields.isEmpty() ? List.of() : List.of(fields.split(",")));
  }
}
