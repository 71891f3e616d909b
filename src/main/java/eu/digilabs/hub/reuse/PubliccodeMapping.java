package eu.digilabs.hub.reuse;

import static eu.digilabs.hub.shared.text.Values.blank;
import static eu.digilabs.hub.shared.text.Values.cut;

import eu.digilabs.hub.reuse.Publiccode.Contact;
import eu.digilabs.hub.reuse.Publiccode.Description;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Maps a publiccode.yml file onto a solution, and a solution back onto a file ({@link
 * SolutionPubliccode}), without side effects.
 *
 * <p>The description in the importer's language (else English, else the file's first) gives the
 * name, the short description and the description (the long description with the features appended
 * as a Markdown list) and the content language; the other languages become {@link
 * Solution.Description}s. {@code developmentStatus} gives the status (concept and development: in
 * development; beta and stable: available; obsolete: retired), {@code softwareType} the kind (the
 * standalone types: software run by each reuser; addon, library and configuration files:
 * component). What the standard carries and the solution has no field for is kept ({@link
 * KeptValues}) so that the export writes it back: import, export and import again give the same
 * command and the same kept values.
 */
final class PubliccodeMapping {

  static final int NAME = 200;
  static final int SHORT = 500;
  static final int TEXT = 20_000;

  /** A language tag as BCP 47 writes it, and as the standard's validators want it. */
  static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,3}(-[A-Za-z0-9]{2,8})*");

  private static final int URL = 1000;
  private static final int SOFTWARE_VERSION = 60;
  private static final int LICENCE = 200;
  private static final int EMAIL = 254;
  private static final int LANGUAGE_TAG = 10;
  private static final int SOURCE_KEY = 300;

  private static final Pattern WEB = Pattern.compile("^https?://\\S+$");
  private static final Pattern EMAIL_ADDRESS =
      Pattern.compile("^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)+$");
  private static final Pattern WHITE_SPACE = Pattern.compile("\\s+");

  private PubliccodeMapping() {}

  /** The codes of the hub's vocabularies that a file's countries and languages must match. */
  record Codes(Set<String> countries, Set<String> languages) {

    Codes {
      countries = Set.copyOf(countries);
      languages = Set.copyOf(languages);
    }
  }

  /** Who provides an imported solution: the importer's lab, an organisation, or both. */
  record Provider(@Nullable Long labId, @Nullable Long organisationId) {}

  /**
   * What an import makes of a file: the command, where the file came from ({@code sourceKey}
   * identifies its repository, so that a second import is recognised), the descriptions in further
   * languages and the values kept for the export.
   */
  record Imported(
      SolutionCommand command,
      String sourceKey,
      String sourceUrl,
      Map<String, Solution.Description> descriptions,
      Map<String, String> values) {

    Imported {
      descriptions = Map.copyOf(descriptions);
      values = Map.copyOf(values);
    }
  }

  /** The organisation a file names as owning the software, to find it among the hub's. */
  static @Nullable String owner(Publiccode file) {
    if (file.mainCopyrightOwner() != null) {
      return file.mainCopyrightOwner();
    }
    if (file.repoOwner() != null) {
      return file.repoOwner();
    }
    return file.organisation() == null ? null : file.organisation().name();
  }

  /**
   * The country the file is meant for: its only {@code intendedAudience.countries} entry or, with
   * none, Italy for a file with the Italian section; only a country of the vocabulary.
   */
  static @Nullable String country(Publiccode file, Codes codes) {
    List<String> countries = countries(file.countries());
    String country =
        countries.size() == 1
            ? countries.get(0)
            : countries.isEmpty() && file.hasItSection() ? "IT" : null;
    return country != null && codes.countries().contains(country) ? country : null;
  }

  /**
   * Identifies the repository of a file, whatever its scheme, user, case, trailing slash or {@code
   * .git}: the same repository imported twice has the same key.
   */
  static String sourceKey(String url) {
    String key =
        url.strip()
            .toLowerCase(Locale.ROOT)
            .replaceFirst("^[a-z+]+://", "")
            .replaceFirst("^[^@/]+@", "");
    while (key.endsWith("/") || key.endsWith(".git")) {
      key = key.substring(0, key.length() - (key.endsWith("/") ? 1 : 4));
    }
    if (key.length() <= SOURCE_KEY) {
      return key;
    }
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      return "sha256:" + HexFormat.of().formatHex(sha.digest(key.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The solution a file describes, for an importer who reads {@code language} (de or en). */
  static Imported toSolution(Publiccode file, String language, Provider provider, Codes codes) {
    Map<String, Description> byTag = byTag(file.descriptions());
    String mainTag = chooseLanguage(byTag.keySet(), language);
    Description main = Objects.requireNonNull(byTag.get(mainTag), "the chosen description");
    KeptValues kept = new KeptValues();
    String primary = mainTag.split("-", 2)[0];
    String contentLanguage = codes.languages().contains(primary) ? primary : null;
    if (!mainTag.equals(contentLanguage)) {
      kept.put(KeptValues.DESCRIPTION_LANGUAGE, mainTag);
    }
    String localised = blank(main.localisedName());
    String name = Objects.requireNonNull(cut(localised == null ? file.name() : localised, NAME));
    if (!file.name().equals(name)) {
      kept.put(KeptValues.NAME, file.name());
    }
    List<String> features = KeptValues.list(main.features());
    kept.putList(KeptValues.description(mainTag, "features"), features);
    kept.put(KeptValues.description(mainTag, "genericName"), main.genericName());
    kept.put(KeptValues.description(mainTag, "apiDocumentation"), main.apiDocumentation());

    String repositoryUrl = web(file.url());
    if (repositoryUrl == null) {
      kept.put(KeptValues.URL, file.url());
    }
    String landing = web(file.landingUrl());
    String documentationUrl = landing != null ? landing : web(main.documentation());
    if (landing == null) {
      kept.put(KeptValues.LANDING_URL, file.landingUrl());
    }
    if (!Objects.equals(main.documentation(), documentationUrl)) {
      kept.put(KeptValues.description(mainTag, "documentation"), main.documentation());
    }
    String softwareVersion = file.softwareVersion();
    if (softwareVersion != null && softwareVersion.length() > SOFTWARE_VERSION) {
      kept.put(KeptValues.SOFTWARE_VERSION, softwareVersion);
      softwareVersion = null;
    }
    String licence = file.license();
    if (licence != null && licence.length() > LICENCE) {
      kept.put(KeptValues.LICENSE, licence);
      licence = null;
    }
    String softwareType =
        file.softwareType().equals("standalone") ? "standalone/other" : file.softwareType();
    boolean standalone = softwareType.startsWith("standalone/");
    kept.put(KeptValues.DEVELOPMENT_STATUS, file.developmentStatus());
    kept.put(KeptValues.SOFTWARE_TYPE, softwareType);

    Contact contact = file.contacts().isEmpty() ? null : file.contacts().get(0);
    String contactEmail = contact == null ? null : email(contact.email());
    kept.putContacts(file.contacts(), contactEmail);
    kept.putContractors(file.contractors());
    String country = country(file, codes);
    keepTheRest(file, country, kept);
    Map<String, Solution.Description> others = others(byTag, mainTag, kept);

    SolutionCommand command =
        new SolutionCommand(
            name,
            cut(oneLine(main.shortDescription()), SHORT),
            cut(blank(withFeatures(main.longDescription(), features)), TEXT),
            contentLanguage,
            provider.labId(),
            provider.organisationId(),
            country,
            null,
            contact == null ? null : cut(contact.name(), NAME),
            contactEmail,
            null,
            List.of(),
            List.of(),
            List.of(),
            List.of(),
            standalone ? SolutionKind.SOFTWARE.code() : SolutionKind.COMPONENT.code(),
            standalone ? OperatingModel.SELF_HOSTED.code() : null,
            licence,
            repositoryUrl,
            documentationUrl,
            softwareVersion,
            file.releaseDate(),
            null,
            List.of(),
            null,
            status(file.developmentStatus()).code(),
            List.of(),
            List.of(),
            null);
    return new Imported(
        command,
        sourceKey(file.url()),
        Objects.requireNonNull(cut(file.url(), URL)),
        others,
        kept.asMap());
  }

  /** The values the solution has no field for at all. */
  private static void keepTheRest(Publiccode file, @Nullable String country, KeptValues kept) {
    kept.put(KeptValues.MAINTENANCE_TYPE, file.maintenanceType());
    List<String> countries = countries(file.countries());
    if (!countries.isEmpty() && !(countries.size() == 1 && countries.get(0).equals(country))) {
      kept.putList(KeptValues.COUNTRIES, countries);
    }
    kept.putList(KeptValues.SCOPE, file.scope());
    kept.putList("platforms", file.platforms());
    kept.putList("categories", file.categories());
    kept.putList("usedBy", file.usedBy());
    kept.putList("isBasedOn", file.isBasedOn());
    kept.put("logo", file.logo());
    if (file.organisation() != null) {
      kept.put("organisation.uri", file.organisation().uri());
      kept.put("organisation.name", file.organisation().name());
    }
    kept.put(KeptValues.MAIN_COPYRIGHT_OWNER, file.mainCopyrightOwner());
    kept.put(KeptValues.REPO_OWNER, file.repoOwner());
    kept.put(KeptValues.LOCALISATION_READY, Boolean.toString(file.localisationReady()));
    kept.putList(
        KeptValues.AVAILABLE_LANGUAGES,
        file.availableLanguages().stream().map(PubliccodeMapping::tag).toList());
  }

  /** The descriptions in the other languages; what they have beyond texts is kept. */
  private static Map<String, Solution.Description> others(
      Map<String, Description> byTag, String mainTag, KeptValues kept) {
    Map<String, Solution.Description> others = new LinkedHashMap<>();
    byTag.forEach(
        (tag, d) -> {
          if (tag.equals(mainTag) || tag.length() > LANGUAGE_TAG) {
            return;
          }
          others.put(
              tag,
              new Solution.Description(
                  cut(blank(d.localisedName()), NAME),
                  cut(oneLine(d.shortDescription()), SHORT),
                  cut(blank(d.longDescription()), TEXT)));
          kept.putList(KeptValues.description(tag, "features"), d.features());
          kept.put(KeptValues.description(tag, "genericName"), d.genericName());
          kept.put(KeptValues.description(tag, "documentation"), d.documentation());
          kept.put(KeptValues.description(tag, "apiDocumentation"), d.apiDocumentation());
        });
    return others;
  }

  /** The solution's file (see {@link SolutionPubliccode}). */
  static Publiccode toPubliccode(Solution solution, SolutionPubliccode.Export export) {
    return SolutionPubliccode.of(solution, export);
  }

  /**
   * The description's language chosen: the importer's, else English, else the first; a tag matches
   * by itself or by its primary language ({@code de} finds {@code de-AT}).
   */
  static String chooseLanguage(Set<String> tags, String language) {
    for (String wanted : List.of(language, "en")) {
      for (String tag : tags) {
        if (tag.equals(wanted)) {
          return tag;
        }
      }
      for (String tag : tags) {
        if (tag.startsWith(wanted + "-")) {
          return tag;
        }
      }
    }
    return tags.iterator().next();
  }

  static SolutionStatus status(String developmentStatus) {
    return switch (developmentStatus) {
      case "concept", "development" -> SolutionStatus.IN_DEVELOPMENT;
      case "obsolete" -> SolutionStatus.RETIRED;
      default -> SolutionStatus.AVAILABLE;
    };
  }

  /** The text with the features below it, as a Markdown list. */
  static @Nullable String withFeatures(@Nullable String text, List<String> features) {
    if (features.isEmpty()) {
      return text;
    }
    String list = featureList(features);
    return text == null || text.isBlank() ? list : text.strip() + "\n\n" + list;
  }

  /** The text without the features an import appended, as long as they are still there. */
  static @Nullable String withoutFeatures(@Nullable String description, List<String> features) {
    if (description == null || features.isEmpty()) {
      return description;
    }
    String list = featureList(features);
    if (description.equals(list)) {
      return null;
    }
    return description.endsWith("\n\n" + list)
        ? description.substring(0, description.length() - list.length() - 2)
        : description;
  }

  /** The text on one line, white space collapsed; null when blank. */
  static @Nullable String oneLine(@Nullable String text) {
    return text == null ? null : blank(WHITE_SPACE.matcher(text).replaceAll(" "));
  }

  private static String featureList(List<String> features) {
    return features.stream().map(f -> "- " + oneLine(f)).collect(Collectors.joining("\n"));
  }

  /** Descriptions by tag as BCP 47 writes it: the primary language in lower case, hyphens. */
  private static Map<String, Description> byTag(Map<String, Description> descriptions) {
    Map<String, Description> byTag = new LinkedHashMap<>();
    descriptions.forEach((tag, d) -> byTag.putIfAbsent(tag(tag), d));
    return byTag;
  }

  private static String tag(String tag) {
    String[] parts = tag.strip().replace('_', '-').split("-", 2);
    String primary = parts[0].toLowerCase(Locale.ROOT);
    return parts.length == 1 ? primary : primary + "-" + parts[1];
  }

  private static List<String> countries(List<String> countries) {
    return countries.stream()
        .map(c -> c.strip().toUpperCase(Locale.ROOT))
        .filter(c -> !c.isEmpty())
        .distinct()
        .toList();
  }

  private static @Nullable String web(@Nullable String url) {
    return url != null && url.length() <= URL && WEB.matcher(url).matches() ? url : null;
  }

  private static @Nullable String email(@Nullable String email) {
    return email != null && email.length() <= EMAIL && EMAIL_ADDRESS.matcher(email).matches()
        ? email
        : null;
  }
}
