package eu.digilabs.hub.cooperation;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A question to all labs.
 *
 * @param service a public service by OZG or LeiKa key or name (the best match is taken)
 * @param technologies technology codes
 * @param countries country codes
 */
public record AskCommand(
    @Nullable String title,
    @Nullable String body,
    @Nullable String service,
    @Nullable List<String> technologies,
    @Nullable List<String> countries) {

  public static AskCommand empty() {
    return new AskCommand("", "", "", List.of(), List.of());
  }
}
