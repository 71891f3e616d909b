package eu.digilabs.hub.demo;

import eu.digilabs.hub.projects.ProjectCommand;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A demo project as {@code demo/projects.json} describes it: labs and organisations by key, its
 * public services by OZG key (as a lab picks them in the form's service field).
 */
record ProjectEntry(
    String title,
    String summary,
    String description,
    String lead,
    List<String> partnerLabs,
    List<String> organisations,
    String country,
    String level,
    List<String> policyAreas,
    List<String> ozgServices,
    List<String> technologies,
    String phase,
    String status,
    LocalDate start,
    @Nullable LocalDate live,
    @Nullable String outcomes,
    List<ProjectCommand.Figure> figures,
    @Nullable String worked,
    @Nullable String failed,
    @Nullable String differently,
    List<String> stakeholders,
    List<String> disciplines,
    boolean reusable,
    @Nullable String reuseUrl,
    @Nullable String licence,
    String language) {

  /** The command a lab would send, with the catalogue ids of the services found so far. */
  ProjectCommand command(DemoKeys keys, List<Long> serviceIds) {
    return new ProjectCommand(
        title,
        summary,
        description,
        keys.lab(lead),
        keys.labs(partnerLabs),
        keys.organisations(organisations),
        country,
        level,
        policyAreas,
        serviceIds,
        technologies,
        phase,
        status,
        start,
        live,
        outcomes,
        figures,
        worked,
        failed,
        differently,
        stakeholders,
        disciplines,
        reusable,
        reuseUrl,
        licence,
        List.of(),
        language,
        null);
  }
}
