/**
 * Labs and organisations: the directory of who does what, with lab memberships from accounts. Other
 * modules read labs through {@code LabDirectory} and organisations through {@code
 * OrganisationDirectory}.
 */
@ApplicationModule(
    allowedDependencies = {
      "shared",
      "web",
      "opendata",
      "taxonomy",
      "accounts",
      "search",
      "notifications",
      "translation"
    })
@NullMarked
package eu.digilabs.hub.labs;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
