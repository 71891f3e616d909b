package eu.digilabs.hub.opendata.web;

import eu.digilabs.hub.opendata.Export;
import org.jspecify.annotations.Nullable;

/** A row of the open data page: a dataset and its export, if one was made. */
public record DatasetRow(String name, @Nullable Export export) {}
