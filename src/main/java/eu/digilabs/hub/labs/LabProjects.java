package eu.digilabs.hub.labs;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The projects a lab page lists. Implemented by the projects module, which depends on labs; this
 * interface keeps the dependency pointing one way.
 */
public interface LabProjects {

  /** One project row on a lab page. */
  record Row(long id, String title, @Nullable String status, boolean published, boolean lead) {}

  List<Row> of(long labId);
}
