package eu.digilabs.hub.events;

/** A room or track of an event. */
public record RoomView(long id, String name) {}
