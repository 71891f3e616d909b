package eu.digilabs.hub.reuse;

import java.util.Arrays;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** Where a solution stands in its life. */
public enum SolutionStatus {
  /** Being built; not yet offered. */
  IN_DEVELOPMENT("in-development"),
  /** Offered for reuse. */
  AVAILABLE("available"),
  /** Running for its provider and open to reusers. */
  IN_OPERATION("in-operation"),
  /** No longer offered; existing uptakes end. */
  RETIRED("retired");

  private final String code;

  SolutionStatus(String code) {
    this.code = code;
  }

  /** The value in URLs, the API and the database. */
  public String code() {
    return code;
  }

  /** The value with this code, if there is one. */
  public static Optional<SolutionStatus> of(@Nullable String code) {
    return Arrays.stream(values()).filter(v -> v.code.equals(code)).findFirst();
  }
}
