package eu.digilabs.hub.web;

/** A signed-in principal that knows how it wants to be called. */
public interface Person {

  String displayName();
}
