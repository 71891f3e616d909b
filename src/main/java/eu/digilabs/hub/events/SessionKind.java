package eu.digilabs.hub.events;

import java.util.Arrays;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** What happens in a programme slot. Breaks have no speakers and take no feedback. */
public enum SessionKind {
  KEYNOTE("keynote"),
  TALK("talk"),
  PANEL("panel"),
  WORKSHOP("workshop"),
  BREAK("break");

  private final String code;

  SessionKind(String code) {
    this.code = code;
  }

  public String code() {
    return code;
  }

  public static Optional<SessionKind> of(@Nullable String code) {
    return Arrays.stream(values()).filter(k -> k.code.equals(code)).findFirst();
  }
}
