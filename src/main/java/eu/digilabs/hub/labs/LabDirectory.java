package eu.digilabs.hub.labs;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;

/**
 * What other modules read of the lab directory: labs for pickers and pages, names by id, whether a
 * lab exists, and counts per country. Writes stay with {@link LabService}, which implements this.
 */
public interface LabDirectory {

  Page<LabView> list(LabFilter filter, Pageable page);

  /** The lab; 404 if there is none. */
  LabView get(long id);

  boolean exists(@Nullable Long id);

  /** All labs by name, for pickers. */
  List<LabView> all();

  /** Lab names by id; unknown ids are left out. */
  Map<Long, String> names(Collection<Long> ids);

  /** Number of active labs per country code. */
  Map<String, Long> activeLabsByCountry();
}
