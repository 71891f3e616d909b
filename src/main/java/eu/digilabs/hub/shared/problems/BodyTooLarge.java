package eu.digilabs.hub.shared.problems;

import java.io.IOException;

/** A request body grew past its limit while it was read: answered 413. */
public class BodyTooLarge extends IOException {

  public BodyTooLarge(long limit) {
    super("The request body is larger than " + limit + " bytes.");
  }
}
