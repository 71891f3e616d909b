package eu.digilabs.hub.events;

/**
 * An event or its programme changed: published, edited, cancelled, deleted, sessions or speakers
 * added, changed or removed. Search and the assistant's passages follow it.
 */
public record EventChanged(long eventId) {}
