package eu.digilabs.hub.reuse;

import java.util.Arrays;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** The stages of taking a solution up, in order; {@link #ENDED} can follow any stage. */
public enum UptakeStage {
  /** A lab or authority declared interest. */
  INTERESTED("interested"),
  /** Provider and reuser agree on the terms (e.g. an EfA agreement). */
  IN_AGREEMENT("in-agreement"),
  /** The reuser is being connected. */
  ONBOARDING("onboarding"),
  /** The solution is live for the reuser. */
  LIVE("live"),
  /** The uptake ended (withdrawn, or the solution replaced). */
  ENDED("ended");

  private final String code;

  UptakeStage(String code) {
    this.code = code;
  }

  /** The value in URLs, the API and the database. */
  public String code() {
    return code;
  }

  /** The value with this code, if there is one. */
  public static Optional<UptakeStage> of(@Nullable String code) {
    return Arrays.stream(values()).filter(v -> v.code.equals(code)).findFirst();
  }
}
