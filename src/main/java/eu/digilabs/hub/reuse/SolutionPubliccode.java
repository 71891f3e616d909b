package eu.digilabs.hub.reuse;

import eu.digilabs.hub.reuse.Publiccode.Contact;
import eu.digilabs.hub.reuse.Publiccode.Contractor;
import eu.digilabs.hub.reuse.Publiccode.Description;
import eu.digilabs.hub.shared.text.Markdown;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * The publiccode.yml file of a solution, version 0.4 of the standard, with every key it makes
 * mandatory: what an import kept where it still agrees with the solution (a kept {@code
 * developmentStatus} only while it maps onto the solution's status), else values derived from the
 * solution. Derived: platform {@code web}; the software type from the kind; maintenance {@code
 * internal} with the contact (else the provider as contact) when there is a provider lab or a
 * contact, else {@code none}; the languages of the descriptions; the licence {@value
 * #LICENCE_NOT_STATED} when the solution states none. A description shorter than the standard's
 * minimum gets a sentence pointing to the solution's page; the file's {@code url} is the first of
 * repository, documentation and page that is on https.
 */
final class SolutionPubliccode {

  /** What a licence the solution does not state is exported as: an SPDX reference, no claim. */
  static final String LICENCE_NOT_STATED = "LicenseRef-not-stated";

  /** The BCP 47 tag of a text whose language is not known. */
  static final String UNDETERMINED = "und";

  private static final Pattern SECURE_WITH_PATH = Pattern.compile("^https://[^\\s/]+/\\S+$");
  private static final Pattern COUNTRY_CODE = Pattern.compile("[A-Z]{2}");
  private static final Pattern CATEGORY = Pattern.compile("[a-z-]+");

  private SolutionPubliccode() {}

  /**
   * What an export takes from outside the solution.
   *
   * @param pageUrl the solution's page, absolute
   * @param providerName the provider lab's name, else the organisation's: a contact to name
   * @param organisationName the provider organisation's name: the copyright owner to name
   * @param pointer a sentence that points to the page, in the content language, appended to a
   *     description shorter than the standard's minimum; at least 150 characters long
   */
  record Export(
      String pageUrl,
      @Nullable String providerName,
      @Nullable String organisationName,
      String pointer) {}

  static Publiccode of(Solution solution, Export export) {
    SolutionCommand c = solution.command();
    KeptValues kept = new KeptValues(solution.publiccodeValues());
    String topName = kept.get(KeptValues.NAME, c.name());
    Map<String, Description> descriptions = descriptions(solution, c, kept, topName, export);
    List<Contact> contacts = kept.contacts(c.contactName(), c.contactEmail());
    List<Contractor> contractors = kept.contractors();
    String maintenance =
        maintenance(kept.get(KeptValues.MAINTENANCE_TYPE), c, contacts, contractors);
    if (contacts.isEmpty() && (maintenance.equals("internal") || maintenance.equals("community"))) {
      String provider = export.providerName();
      if (provider == null) {
        maintenance = "none";
      } else {
        contacts = List.of(new Contact(provider, c.contactEmail(), null, null));
      }
    }
    List<String> countries = new ArrayList<>(kept.list(KeptValues.COUNTRIES));
    if (c.country() != null && !countries.contains(c.country())) {
      countries.add(c.country());
    }
    List<String> platforms = kept.list("platforms");
    List<String> languages =
        kept.list(KeptValues.AVAILABLE_LANGUAGES).stream()
            .filter(l -> PubliccodeMapping.LANGUAGE.matcher(l).matches())
            .toList();
    String organisationUri = kept.get("organisation.uri");
    String landing = kept.get(KeptValues.LANDING_URL);
    return new Publiccode(
        PubliccodeWriter.VERSION,
        topName,
        url(c, kept, export),
        landing != null ? landing : c.documentationUrl(),
        kept.list("isBasedOn"),
        c.softwareVersion() != null ? c.softwareVersion() : kept.get(KeptValues.SOFTWARE_VERSION),
        c.releaseDate(),
        kept.get("logo"),
        platforms.isEmpty() ? List.of("web") : platforms,
        kept.list("categories").stream().filter(v -> CATEGORY.matcher(v).matches()).toList(),
        kept.list("usedBy"),
        developmentStatus(c.status(), kept.get(KeptValues.DEVELOPMENT_STATUS)),
        softwareType(c.kind(), kept.get(KeptValues.SOFTWARE_TYPE)),
        organisationUri == null
            ? null
            : new Publiccode.Organisation(organisationUri, kept.get("organisation.name")),
        countries.stream().filter(v -> COUNTRY_CODE.matcher(v).matches()).toList(),
        kept.list(KeptValues.SCOPE),
        descriptions,
        c.licence() != null ? c.licence() : kept.get(KeptValues.LICENSE, LICENCE_NOT_STATED),
        firstOf(kept.get(KeptValues.MAIN_COPYRIGHT_OWNER), export.organisationName()),
        kept.get(KeptValues.REPO_OWNER),
        maintenance,
        maintenance.equals("contract") ? contractors : List.of(),
        contacts,
        Boolean.parseBoolean(kept.get(KeptValues.LOCALISATION_READY)),
        languages.isEmpty() ? List.copyOf(descriptions.keySet()) : languages,
        false);
  }

  /** The main description first (see {@link #mainTag}), then the ones an import kept. */
  private static Map<String, Description> descriptions(
      Solution solution, SolutionCommand c, KeptValues kept, String topName, Export export) {
    String mainTag = mainTag(c.contentLanguage(), kept.get(KeptValues.DESCRIPTION_LANGUAGE));
    String shortDescription =
        shortText(c.shortDescription() == null ? c.name() : c.shortDescription());
    List<String> features = kept.list(KeptValues.description(mainTag, "features"));
    String text = PubliccodeMapping.withoutFeatures(c.description(), features);
    String documentation = kept.get(KeptValues.description(mainTag, "documentation"));
    if (documentation == null && kept.get(KeptValues.LANDING_URL) != null) {
      documentation = c.documentationUrl();
    }
    Map<String, Description> descriptions = new LinkedHashMap<>();
    descriptions.put(
        mainTag,
        new Description(
            topName.equals(c.name()) ? null : c.name(),
            kept.get(KeptValues.description(mainTag, "genericName")),
            shortDescription,
            longText(text != null ? text : c.shortDescription(), export.pointer()),
            features.isEmpty() ? List.of(shortDescription) : features,
            documentation,
            kept.get(KeptValues.description(mainTag, "apiDocumentation"))));
    solution
        .descriptions()
        .forEach(
            (tag, d) -> {
              String other = d.shortDescription();
              if (tag.equals(mainTag)
                  || other == null
                  || !PubliccodeMapping.LANGUAGE.matcher(tag).matches()) {
                return;
              }
              String shortened = shortText(other);
              List<String> more = kept.list(KeptValues.description(tag, "features"));
              descriptions.put(
                  tag,
                  new Description(
                      d.name(),
                      kept.get(KeptValues.description(tag, "genericName")),
                      shortened,
                      withinLengths(d.longDescription()),
                      more.isEmpty() ? List.of(shortened) : more,
                      kept.get(KeptValues.description(tag, "documentation")),
                      kept.get(KeptValues.description(tag, "apiDocumentation"))));
            });
    return descriptions;
  }

  /** The main description's tag: the one an import kept while it fits the content language. */
  private static String mainTag(@Nullable String contentLanguage, @Nullable String kept) {
    if (kept != null
        && PubliccodeMapping.LANGUAGE.matcher(kept).matches()
        && (contentLanguage == null || kept.split("-", 2)[0].equals(contentLanguage))) {
      return kept;
    }
    return contentLanguage != null && PubliccodeMapping.LANGUAGE.matcher(contentLanguage).matches()
        ? contentLanguage
        : UNDETERMINED;
  }

  /**
   * The kept maintenance type while what it needs is there (contractors for contract; contacts, or
   * a provider to name as one, for internal and community), else internal with a provider lab or a
   * contact, else none.
   */
  private static String maintenance(
      @Nullable String kept,
      SolutionCommand c,
      List<Contact> contacts,
      List<Contractor> contractors) {
    if (kept != null) {
      switch (kept) {
        case "contract" -> {
          if (!contractors.isEmpty()) {
            return kept;
          }
        }
        case "internal", "community", "none" -> {
          return kept;
        }
        default -> {}
      }
    }
    return c.providerLabId() != null || !contacts.isEmpty() ? "internal" : "none";
  }

  private static String developmentStatus(String status, @Nullable String kept) {
    if (kept != null && PubliccodeMapping.status(kept).code().equals(status)) {
      return kept;
    }
    return switch (SolutionStatus.of(status).orElse(SolutionStatus.AVAILABLE)) {
      case IN_DEVELOPMENT -> "development";
      case RETIRED -> "obsolete";
      case AVAILABLE, IN_OPERATION -> "stable";
    };
  }

  private static String softwareType(String kind, @Nullable String kept) {
    String type = kept != null && PubliccodeReader.SOFTWARE_TYPES.contains(kept) ? kept : "";
    boolean standalone = type.startsWith("standalone/");
    return switch (SolutionKind.of(kind).orElse(SolutionKind.SOFTWARE)) {
      case ONLINE_SERVICE -> "standalone/web";
      case SOFTWARE -> standalone ? type : "standalone/other";
      case COMPONENT -> !type.isEmpty() && !standalone ? type : "library";
      case STANDARD -> "configurationFiles";
    };
  }

  /** The first address on https with a path, else the first address there is. */
  private static String url(SolutionCommand c, KeptValues kept, Export export) {
    List<String> candidates =
        Stream.of(c.repositoryUrl(), kept.get(KeptValues.URL), c.documentationUrl())
            .filter(Objects::nonNull)
            .map(Objects::requireNonNull)
            .toList();
    return Stream.concat(candidates.stream(), Stream.of(export.pageUrl()))
        .filter(u -> SECURE_WITH_PATH.matcher(u).matches())
        .findFirst()
        .orElse(candidates.isEmpty() ? export.pageUrl() : candidates.get(0));
  }

  /** One line of at most 150 characters, as the standard wants a short description. */
  private static String shortText(String text) {
    String line = PubliccodeMapping.oneLine(text);
    return Markdown.shorten(line == null ? "" : line, PubliccodeDescriptions.SHORT_MAX);
  }

  /** The text within the standard's lengths, with the pointer below when it is too short. */
  private static String longText(@Nullable String text, String pointer) {
    String body = text == null ? "" : text.strip();
    if (body.codePointCount(0, body.length()) < PubliccodeDescriptions.LONG_MIN) {
      body = body.isEmpty() ? pointer : body + "\n\n" + pointer;
    }
    return Markdown.shorten(body, PubliccodeDescriptions.LONG_MAX);
  }

  private static @Nullable String withinLengths(@Nullable String text) {
    if (text == null || text.codePointCount(0, text.length()) < PubliccodeDescriptions.LONG_MIN) {
      return null;
    }
    return Markdown.shorten(text, PubliccodeDescriptions.LONG_MAX);
  }

  private static @Nullable String firstOf(@Nullable String first, @Nullable String second) {
    return first != null ? first : second;
  }
}
