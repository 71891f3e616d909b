/**
 * Projects and cases: what labs tried, with which services, technologies and stakeholders, and what
 * came of it, with their change history. Includes the importer for European case collections. Other
 * modules read projects through {@code ProjectQueries}; labs list a lab's projects through {@code
 * labs.LabProjects}.
 */
@ApplicationModule(
    allowedDependencies = {
      "shared",
      "web",
      "opendata",
      "taxonomy",
      "accounts",
      "labs",
      "search",
      "notifications",
      "discussions",
      "translation"
    })
@NullMarked
package eu.digilabs.hub.projects;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
