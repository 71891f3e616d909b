package eu.digilabs.hub.projects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One entry of a project's change history: who did what when, and which fields changed. */
@Entity
@Table(name = "project_change")
class ProjectChange {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "project_id")
  private long projectId;

  @Column(name = "account_id")
  private Long accountId;

  private String author;

  @Column(name = "changed_at")
  private Instant changedAt;

  private String action;
  private String fields;

  protected ProjectChange() {}

  ProjectChange(
      long projectId, Long accountId, String author, String action, java.util.List<String> fields) {
    this.projectId = projectId;
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
        fields == null || fields.isEmpty()
            ? java.util.List.of()
            : java.util.List.of(fields.split(",")));
  }
}
