package eu.digilabs.hub.cooperation;

import org.jspecify.annotations.Nullable;

/** A member's message to a lab. */
public record ContactCommand(@Nullable String subject, @Nullable String message) {

  public static ContactCommand empty() {
    return new ContactCommand("", "");
  }
}
