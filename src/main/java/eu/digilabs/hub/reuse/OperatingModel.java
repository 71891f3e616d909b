package eu.digilabs.hub.reuse;

import java.util.Arrays;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** Who runs a solution for a reuser. */
public enum OperatingModel {
  /** The provider runs it; reusers connect to it. */
  PROVIDER_HOSTED("provider-hosted"),
  /** Each reuser runs it. */
  SELF_HOSTED("self-hosted"),
  /** Either way. */
  BOTH("both");

  private final String code;

  OperatingModel(String code) {
    this.code = code;
  }

  /** The value in URLs, the API and the database. */
  public String code() {
    return code;
  }

  /** The value with this code, if there is one. */
  public static Optional<OperatingModel> of(@Nullable String code) {
    return Arrays.stream(values()).filter(v -> v.code.equals(code)).findFirst();
  }
}
