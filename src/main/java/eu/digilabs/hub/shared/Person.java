package eu.digilabs.hub.shared;

/** A signed-in principal that knows how it wants to be called. */
public interface Person {

  String displayName();
}
