package eu.digilabs.hub.reuse;

import java.util.Arrays;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** The EfA readiness checklist: what a reusing state needs to know is in place. */
public enum ReadinessItem {
  /** Serves several states or authorities from one installation. */
  MULTI_TENANT("multi-tenant"),
  /** Interfaces to the target state's systems (e.g. FIT-Connect). */
  INTERFACES("interfaces"),
  /** An accessibility statement is published. */
  ACCESSIBILITY_STATEMENT("accessibility-statement"),
  /** Data-protection documentation is available. */
  DATA_PROTECTION("data-protection"),
  /** A cost model for reusers is published. */
  COST_MODEL("cost-model"),
  /** Support is offered to reusers. */
  SUPPORT("support");

  private final String code;

  ReadinessItem(String code) {
    this.code = code;
  }

  /** The value in URLs, the API and the database. */
  public String code() {
    return code;
  }

  /** The value with this code, if there is one. */
  public static Optional<ReadinessItem> of(@Nullable String code) {
    return Arrays.stream(values()).filter(v -> v.code.equals(code)).findFirst();
  }
}
