package eu.digilabs.hub.labs;

import java.time.Instant;

/** Content that belongs to a lab changed (a project was saved, say); its last activity moves on. */
public record LabActivity(long labId, Instant at) {}
