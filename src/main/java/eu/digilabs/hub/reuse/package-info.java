/**
 * Reuse: the EfA marketplace. Solutions that one lab or authority built for a public service and
 * offers to others (online services, software, components, standards), their uptake by other labs
 * and authorities (interested to live), and publiccode.yml, the standard description of public
 * software, read and written.
 */
@ApplicationModule(
    allowedDependencies = {
      "shared",
      "web",
      "opendata",
      "taxonomy",
      "accounts",
      "labs",
      "projects",
      "search",
      "notifications",
      "discussions",
      "translation"
    })
@NullMarked
package eu.digilabs.hub.reuse;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
