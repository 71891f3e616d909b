package eu.digilabs.hub.reuse;

import eu.digilabs.hub.labs.LinkRequest;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

/**
 * A solution naming another lab's project (as built by it or using it), waiting for an editor of
 * that project's lead lab: until accepted, the solution does not name the project.
 */
@Entity
@Table(name = "solution_project_request")
class SolutionProjectRequest extends LinkRequest {

  @Column(name = "solution_id")
  private long solutionId;

  @Column(name = "project_id")
  private long projectId;

  private String role;

  @SuppressWarnings("NullAway.Init") // JPA sets the fields from the row it loads
  protected SolutionProjectRequest() {}

  SolutionProjectRequest(
      long solutionId, long labId, long projectId, String role, @Nullable Long requestedBy) {
    super(labId, requestedBy);
    this.solutionId = solutionId;
    this.projectId = projectId;
    this.role = role;
  }

  @Override
  public long contentId() {
    return solutionId;
  }

  long projectId() {
    return projectId;
  }

  String role() {
    return role;
  }
}
