package eu.digilabs.hub.web;

/**
 * How many notices the signed-in person has not read yet, for the counter in the header;
 * implemented by the module that keeps notices.
 */
public interface UnreadNotices {

  long count();
}
