package eu.digilabs.hub;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * The checks of the publiccode.yml standard (0.4) that a file must pass: every mandatory key, with
 * values in the formats the standard allows. Used for the hub's own file and for what {@code
 * PubliccodeWriter} writes.
 */
public final class PubliccodeStandard {

  static final String BCP47 = "[a-z]{2,3}(-[A-Za-z0-9]{2,8})*";

  private PubliccodeStandard() {}

  /** The file read as plain YAML, the way any consumer of publiccode.yml would read it. */
  public static Map<String, Object> parse(String text) {
    return map(new Yaml(new SafeConstructor(new LoaderOptions())).load(text));
  }

  /** Every check below. */
  public static void assertConforms(Map<String, Object> yml) {
    assertTopLevelKeys(yml);
    assertDescriptions(yml);
    assertLegalMaintenanceAndLocalisation(yml);
  }

  public static void assertTopLevelKeys(Map<String, Object> yml) {
    assertThat(text(yml.get("publiccodeYmlVersion"))).isEqualTo("0.4");
    text(yml.get("name"));
    assertThat(text(yml.get("url"))).matches("https://[^\\s/]+/\\S+");
    assertThat(list(yml.get("platforms"))).allSatisfy(p -> text(p));
    assertThat(text(yml.get("developmentStatus")))
        .isIn("concept", "development", "beta", "stable", "obsolete");
    assertThat(text(yml.get("softwareType")))
        .isIn(
            "standalone/mobile",
            "standalone/iot",
            "standalone/desktop",
            "standalone/web",
            "standalone/backend",
            "standalone/other",
            "addon",
            "library",
            "configurationFiles");
    if (yml.containsKey("releaseDate")) {
      assertThat(text(yml.get("releaseDate"))).matches("\\d{4}-\\d{2}-\\d{2}");
    }
    if (yml.containsKey("categories")) {
      assertThat(list(yml.get("categories")))
          .allSatisfy(c -> assertThat(text(c)).matches("[a-z-]+"));
    }
    Map<String, Object> audience = map(yml.getOrDefault("intendedAudience", Map.of()));
    if (audience.containsKey("countries")) {
      assertThat(list(audience.get("countries")))
          .allSatisfy(c -> assertThat(text(c)).matches("[A-Z]{2}"));
    }
  }

  public static void assertDescriptions(Map<String, Object> yml) {
    Map<String, Object> descriptions = map(yml.get("description"));
    assertThat(descriptions).isNotEmpty();
    boolean complete = false;
    for (Map.Entry<String, Object> entry : descriptions.entrySet()) {
      assertThat(entry.getKey()).matches(BCP47);
      Map<String, Object> description = map(entry.getValue());
      String shortDescription = text(description.get("shortDescription"));
      assertThat(shortDescription).hasSizeLessThanOrEqualTo(150).doesNotContain("\n");
      if (description.containsKey("longDescription")) {
        assertThat(text(description.get("longDescription"))).hasSizeBetween(150, 10_000);
      }
      if (description.containsKey("features")) {
        assertThat(list(description.get("features"))).allSatisfy(f -> text(f));
      }
      complete |= description.containsKey("longDescription") && description.containsKey("features");
    }
    assertThat(complete).as("longDescription and features in at least one language").isTrue();
  }

  public static void assertLegalMaintenanceAndLocalisation(Map<String, Object> yml) {
    Map<String, Object> legal = map(yml.get("legal"));
    text(legal.get("license"));

    Map<String, Object> maintenance = map(yml.get("maintenance"));
    String type = text(maintenance.get("type"));
    assertThat(type).isIn("internal", "contract", "community", "none");
    if (type.equals("internal") || type.equals("community")) {
      assertThat(list(maintenance.get("contacts"))).allSatisfy(c -> text(map(c).get("name")));
    }
    if (type.equals("contract")) {
      list(maintenance.get("contractors"));
    } else {
      assertThat(maintenance).doesNotContainKey("contractors");
    }

    Map<String, Object> localisation = map(yml.get("localisation"));
    assertThat(localisation.get("localisationReady")).isInstanceOf(Boolean.class);
    assertThat(list(localisation.get("availableLanguages")))
        .allSatisfy(l -> assertThat(text(l)).matches(BCP47));
  }

  @SuppressWarnings("unchecked")
  public static Map<String, Object> map(Object value) {
    assertThat(value).isInstanceOf(Map.class);
    return (Map<String, Object>) value;
  }

  static List<?> list(Object value) {
    assertThat(value).isInstanceOf(List.class);
    assertThat((List<?>) value).isNotEmpty();
    return (List<?>) value;
  }

  public static String text(Object value) {
    assertThat(value).isInstanceOf(String.class);
    assertThat((String) value).isNotBlank();
    return (String) value;
  }
}
