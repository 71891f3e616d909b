package eu.digilabs.hub.reuse;

import eu.digilabs.hub.reuse.Publiccode.Description;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Reads the {@code description} section of a publiccode.yml file: one {@link Description} per
 * language tag, with warnings where a text breaks the standard's lengths and an error when no
 * language has a short description.
 */
final class PubliccodeDescriptions {

  static final int SHORT_MAX = 150;
  static final int LONG_MIN = 150;
  static final int LONG_MAX = 10_000;

  /** A BCP 47 tag as publiccode.yml files write them ({@code en}, {@code it-IT}, {@code IT}). */
  private static final Pattern LANGUAGE = Pattern.compile("[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*");

  private final Findings findings;

  PubliccodeDescriptions(Findings findings) {
    this.findings = findings;
  }

  /** The descriptions by language, in the order of the file. */
  Map<String, Description> read(YamlSection top) {
    YamlSection section = top.section("description");
    if (section == null) {
      if (top.has("shortDescription")) {
        findings.error(
            top.line("shortDescription"), "shortDescription", "descriptionNotByLanguage");
      } else {
        findings.error(top.line("description"), "description", "required");
      }
      return Map.of();
    }
    Map<String, Description> descriptions = new LinkedHashMap<>();
    for (String language : section.keys()) {
      if (!LANGUAGE.matcher(language).matches()) {
        section.ignore(language);
        findings.warning(section.line(language), section.path(language), "notLanguage", language);
        continue;
      }
      YamlSection texts = section.section(language);
      Description description = texts == null ? null : description(texts);
      if (description != null) {
        descriptions.put(language, description);
      }
    }
    section.warnUnknownKeys();
    if (descriptions.isEmpty()) {
      findings.error(section.line(), "description", "noShortDescription");
    } else {
      if (descriptions.values().stream().allMatch(d -> d.longDescription() == null)) {
        findings.warning(section.line(), "description.[lang].longDescription", "standardRequires");
      }
      if (descriptions.values().stream().allMatch(d -> d.features().isEmpty())) {
        findings.warning(section.line(), "description.[lang].features", "standardRequires");
      }
    }
    return descriptions;
  }

  private @Nullable Description description(YamlSection texts) {
    String shortDescription = texts.text("shortDescription");
    String longDescription = texts.text("longDescription");
    Description description =
        shortDescription == null
            ? null
            : new Description(
                texts.text("localisedName"),
                texts.text("genericName"),
                shortDescription,
                longDescription,
                texts.texts("features"),
                PubliccodeValues.webAddress(texts, "documentation"),
                PubliccodeValues.webAddress(texts, "apiDocumentation"));
    texts.ignore(
        "localisedName",
        "genericName",
        "features",
        "documentation",
        "apiDocumentation",
        "screenshots",
        "videos",
        "awards");
    texts.warnUnknownKeys();
    if (shortDescription == null) {
      findings.warning(texts.line(), texts.path(), "languageIncomplete");
      return null;
    }
    if (length(shortDescription) > SHORT_MAX) {
      findings.warning(
          texts.line("shortDescription"),
          texts.path("shortDescription"),
          "tooLong",
          String.valueOf(SHORT_MAX));
    }
    if (longDescription != null
        && (length(longDescription) < LONG_MIN || length(longDescription) > LONG_MAX)) {
      findings.warning(
          texts.line("longDescription"),
          texts.path("longDescription"),
          "lengthOutside",
          String.valueOf(LONG_MIN),
          String.valueOf(LONG_MAX));
    }
    return description;
  }

  private static int length(String text) {
    return text.codePointCount(0, text.length());
  }
}
