package eu.digilabs.hub.events;

import java.util.Arrays;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** What kind of event it is. */
public enum EventType {
  CONFERENCE("conference"),
  WORKSHOP("workshop"),
  WEBINAR("webinar"),
  LAB_SESSION("lab-session");

  private final String code;

  EventType(String code) {
    this.code = code;
  }

  public String code() {
    return code;
  }

  public static Optional<EventType> of(@Nullable String code) {
    return Arrays.stream(values()).filter(t -> t.code.equals(code)).findFirst();
  }
}
