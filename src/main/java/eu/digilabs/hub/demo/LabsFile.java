package eu.digilabs.hub.demo;

import java.util.List;

/** {@code demo/labs.json}: the organisations first, then the labs they host. */
record LabsFile(List<OrganisationEntry> organisations, List<LabEntry> labs) {}
