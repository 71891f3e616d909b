package eu.digilabs.hub.taxonomy;

import java.util.Arrays;
import java.util.Optional;

/** The controlled vocabularies of the hub; {@link #code()} is its name in URLs and the database. */
public enum Vocabulary {
  COUNTRY("country"),
  LEVEL("level"),
  POLICY_AREA("policy-area"),
  TECHNOLOGY("technology"),
  PHASE("phase"),
  STATUS("status"),
  STAKEHOLDER("stakeholder"),
  DISCIPLINE("discipline"),
  METHOD("method"),
  ORG_TYPE("org-type"),
  LANGUAGE("language"),
  /** German states (ISO 3166-2), where a solution is responsible or used. */
  REGION("region"),
  /** Standards and interfaces a solution uses (XÖV standards, FIT-Connect, BundID). */
  STANDARD("standard");

  private final String code;

  Vocabulary(String code) {
    this.code = code;
  }

  public String code() {
    return code;
  }

  public static Optional<Vocabulary> byCode(String code) {
    return Arrays.stream(values()).filter(v -> v.code.equals(code)).findFirst();
  }
}
