package eu.digilabs.hub.taxonomy;

import org.jspecify.annotations.Nullable;

/**
 * A catalogue entry as other modules see it.
 *
 * @param kind SUBJECT, SITUATION, OZG_SERVICE or LEIKA_SERVICE
 * @param key the OZG-ID of an OZG service, the LeiKa key of a LeiKa service, if any
 * @param subject the Themenfeld it belongs to, if known
 */
public record ServiceView(
    long id,
    String kind,
    @Nullable String key,
    String name,
    @Nullable String subject,
    boolean withdrawn) {

  public boolean ozgService() {
    return "OZG_SERVICE".equals(kind);
  }

  /** The name with its key, such as Elterngeld (OZG 10000). */
  public String display() {
    if (key == null) {
      return name;
    }
    return name + (ozgService() ? " (OZG " + key + ")" : " (LeiKa " + key + ")");
  }
}
