/**
 * Controlled vocabularies as data (countries, government levels, policy areas, technologies,
 * lab-method phases, statuses, ...) and the public-service catalogue (Themenfelder, Lebenslagen,
 * OZG services, LeiKa services), with the OZG catalogue importer.
 */
@NullMarked
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "web", "opendata"})
package eu.digilabs.hub.taxonomy;

import org.jspecify.annotations.NullMarked;
