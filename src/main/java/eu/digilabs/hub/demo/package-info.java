/**
 * Demo content drawn from the Digilabs 2021 report, loaded into an empty store in the default
 * profile only; never in {@code prod}.
 */
@org.springframework.modulith.ApplicationModule(
    allowedDependencies = {
      "shared",
      "web",
      "taxonomy",
      "accounts",
      "labs",
      "projects",
      "events",
      "knowledge"
    })
package eu.digilabs.hub.demo;
