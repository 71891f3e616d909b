package eu.digilabs.hub.reuse;

import java.util.Arrays;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** What kind of thing a solution is; decides which operating models apply. */
public enum SolutionKind {
  /** An online service its provider runs for others (software as a service). */
  ONLINE_SERVICE("online-service"),
  /** Open source or other software a reuser runs itself. */
  SOFTWARE("software"),
  /** A part of a service, such as a form module or a payment or identity connector. */
  COMPONENT("component"),
  /** A standard or specification; it has no operating model. */
  STANDARD("standard");

  private final String code;

  SolutionKind(String code) {
    this.code = code;
  }

  /** The value in URLs, the API and the database. */
  public String code() {
    return code;
  }

  /** The value with this code, if there is one. */
  public static Optional<SolutionKind> of(@Nullable String code) {
    return Arrays.stream(values()).filter(v -> v.code.equals(code)).findFirst();
  }
}
