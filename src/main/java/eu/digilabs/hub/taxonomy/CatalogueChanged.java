package eu.digilabs.hub.taxonomy;

/** The public-service catalogue was imported or updated (the assistant's passages follow it). */
public record CatalogueChanged() {}
