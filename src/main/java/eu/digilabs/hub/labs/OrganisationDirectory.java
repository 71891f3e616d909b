package eu.digilabs.hub.labs;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * What other modules read of the organisations behind labs and projects, and how importers name one
 * by text. Implemented by {@link LabService}.
 */
public interface OrganisationDirectory {

  /** All organisations by name, for pickers. */
  List<OrganisationView> allOrganisations();

  /** Organisation names by id; unknown ids are left out. */
  Map<Long, String> organisationNames(Collection<Long> ids);

  boolean organisationExists(@Nullable Long id);

  /**
   * The organisation with this name, created if there is none: for importers, which name lead
   * organisations by text. No rights check; callers check theirs.
   */
  long organisationNamed(
      String name, @Nullable String type, @Nullable String country, boolean demo);
}
