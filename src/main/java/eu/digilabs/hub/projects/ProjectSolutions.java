package eu.digilabs.hub.projects;

import java.util.Collection;
import java.util.List;

/**
 * Solutions offered for reuse, for a project's page and form. Implemented by the reuse module,
 * which depends on projects: the solutions that name the project (built by it, or used by it), and
 * "before you build", the published solutions already live somewhere for the project's services.
 */
public interface ProjectSolutions {

  /**
   * One solution on a project page.
   *
   * @param role {@code built} or {@code uses} for a solution naming the project, else empty
   * @param statesLive German states where a public uptake is live
   */
  record Row(long id, String name, String role, String status, int statesLive) {}

  /** Solutions that name the project, as far as the viewer may see them. */
  List<Row> of(long projectId);

  /** Published solutions that cover one of the services and are live somewhere. */
  List<Row> liveFor(Collection<Long> serviceIds);
}
