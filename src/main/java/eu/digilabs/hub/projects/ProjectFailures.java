package eu.digilabs.hub.projects;

import java.util.List;

/**
 * Failure reports that name a project, for its page. Implemented by the knowledge module, which
 * depends on projects; only reports that are not anonymous are listed (an anonymous one must not
 * reveal its project).
 */
public interface ProjectFailures {

  /** One report on a project page. */
  record Row(long id, String title) {}

  List<Row> of(long projectId);
}
