package eu.digilabs.hub.shared.text;

import org.jspecify.annotations.Nullable;

/**
 * Control characters people never mean to send (NUL and its kin; PostgreSQL refuses NUL). Tabs and
 * line breaks stay. Forms and JSON lose them on binding; code that reads raw parameters uses this.
 */
public final class ControlCharacters {

  private ControlCharacters() {}

  public static @Nullable String strip(@Nullable String text) {
    return text == null ? null : text.replaceAll("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F]", "");
  }
}
