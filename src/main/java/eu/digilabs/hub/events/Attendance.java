package eu.digilabs.hub.events;

import java.util.Arrays;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * How people take part: in the room, remotely, or either (an event's mode). A registration for a
 * hybrid event chooses {@link #ON_SITE} or {@link #ONLINE}.
 */
public enum Attendance {
  ON_SITE("on-site", "OfflineEventAttendanceMode"),
  ONLINE("online", "OnlineEventAttendanceMode"),
  HYBRID("hybrid", "MixedEventAttendanceMode");

  private final String code;
  private final String schemaOrg;

  Attendance(String code, String schemaOrg) {
    this.code = code;
    this.schemaOrg = schemaOrg;
  }

  /** The code used in URLs, the API, search facets and message keys. */
  public String code() {
    return code;
  }

  /** The schema.org {@code eventAttendanceMode} value. */
  public String schemaOrg() {
    return "https://schema.org/" + schemaOrg;
  }

  public boolean onSite() {
    return this != ONLINE;
  }

  public boolean online() {
    return this != ON_SITE;
  }

  public static Optional<Attendance> of(@Nullable String code) {
    return Arrays.stream(values()).filter(a -> a.code.equals(code)).findFirst();
  }
}
