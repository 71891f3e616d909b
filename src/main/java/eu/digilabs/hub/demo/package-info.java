/**
 * Demo content drawn from the Digilabs 2021 report ({@code src/main/resources/demo/*.json}), loaded
 * into an empty store in the default profile only, never in {@code prod}. It is created through the
 * same commands as a person's, acting as the first admin ({@link eu.digilabs.hub.demo.RunAs}), so
 * the rights checks apply; demo projects name their OZG services by key and are linked to them as
 * soon as the catalogue is imported.
 */
@NullMarked
@ApplicationModule(
    allowedDependencies = {
      "shared",
      "web",
      "taxonomy",
      "accounts",
      "labs",
      "projects",
      "events",
      "knowledge",
      "reuse"
    })
package eu.digilabs.hub.demo;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
