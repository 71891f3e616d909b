package eu.digilabs.hub.knowledge;

/** A method card of the toolkit was added or changed. */
public record MethodCardChanged(long cardId) {}
