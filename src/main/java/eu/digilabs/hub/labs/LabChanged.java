package eu.digilabs.hub.labs;

/** A lab was created or its profile changed (search and the assistant's passages follow it). */
public record LabChanged(long labId) {}
