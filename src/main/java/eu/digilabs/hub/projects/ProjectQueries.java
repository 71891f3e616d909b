package eu.digilabs.hub.projects;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.springframework.data.domain.Page;

/**
 * What other modules read of the project library: lists, one project, titles of published ones for
 * links, and counts. Writes stay with {@link ProjectService}, which implements this.
 */
public interface ProjectQueries {

  /** Published projects matching the filter; sorted as it asks. */
  Page<ProjectSummary> list(ProjectFilter filter, int page, int size);

  /** A lab's projects (lead or partner); drafts only for its editors. */
  List<ProjectSummary> forLab(long labId);

  /** The project, if published or the viewer may edit it; otherwise 404. */
  ProjectView get(long id);

  /** The ids of every published project, in id order (for rebuilding what follows them). */
  List<Long> publishedIds();

  /** Titles of the published projects among the ids (others left out), for links elsewhere. */
  Map<Long, String> publishedTitles(Collection<Long> ids);

  /** Published projects per country code. */
  Map<String, Long> publishedByCountry();

  long publishedCount();
}
