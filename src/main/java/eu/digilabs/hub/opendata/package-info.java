/**
 * Open data: the hub's datasets, described by the modules that own their items ({@link
 * OpenDataset}), exported as files for bulk download ({@code /open-data}: CSV, CSV for German
 * spreadsheets, JSON, JSON-LD) and described as a DCAT-AP 3.0 catalogue ({@code /catalog}). Only
 * what visitors may see leaves the hub, under the configured content licence.
 */
@NullMarked
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "web"})
package eu.digilabs.hub.opendata;

import org.jspecify.annotations.NullMarked;
