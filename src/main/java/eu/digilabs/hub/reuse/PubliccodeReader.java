package eu.digilabs.hub.reuse;

import eu.digilabs.hub.reuse.Publiccode.Description;
import eu.digilabs.hub.reuse.Publiccode.Organisation;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Reads a publiccode.yml file into a {@link Publiccode}, with every problem as a {@link Finding}
 * that names its line: errors for what the reuse marketplace cannot do without (the keys the
 * standard makes mandatory in all its versions, valid values for them, a valid SPDX licence),
 * warnings for the rest (unknown keys, keys that version 0.4 of the standard requires but older
 * files lack, deprecated licence ids). Never throws, and stays fast on hostile input: files of up
 * to {@value #MAX_CODE_POINTS} characters, with at most 50 aliases, 50 levels of nesting and 20,000
 * values (see {@link YamlTree}). Every value is taken as the text written, whatever type YAML would
 * give it ({@code publiccodeYmlVersion: 0.4} is "0.4"). Thread-safe.
 *
 * <p>Descriptions must sit under {@code description.<language>}: a {@code shortDescription} at the
 * top level, as some 0.2 files have it, is an error, since its language is unknown.
 */
public final class PubliccodeReader {

  /** The largest file read, in characters (code points). */
  public static final int MAX_CODE_POINTS = 1_048_576;

  /** The values of {@code publiccodeYmlVersion} read, as the reference parser accepts them. */
  public static final Set<String> VERSIONS =
      Set.of(
          "0", "0.2", "0.2.0", "0.2.1", "0.2.2", "0.3", "0.3.0", "0.4", "0.4.0", "0.5", "0.5.0",
          "0.6", "0.6.0", "0.7", "0.7.0");

  static final List<String> DEVELOPMENT_STATUSES =
      List.of("concept", "development", "beta", "stable", "obsolete");
  static final List<String> SOFTWARE_TYPES =
      List.of(
          "standalone/mobile",
          "standalone/iot",
          "standalone/desktop",
          "standalone/web",
          "standalone/backend",
          "standalone/other",
          "addon",
          "library",
          "configurationFiles");
  static final List<String> MAINTENANCE_TYPES =
      List.of("internal", "contract", "community", "none");

  private static final String SUPPORTED_VERSIONS = "0, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7";

  /** Keys of the standard that the reuse marketplace does not keep; they raise no warning. */
  private static final List<String> KNOWN_NOT_KEPT =
      List.of(
          "applicationSuite",
          "monochromeLogo",
          "inputTypes",
          "outputTypes",
          "fundedBy",
          "roadmap",
          "supports",
          "dependsOn");

  private static final String DEPRECATED_SOFTWARE_TYPE = "standalone";
  private static final Set<String> URL_SCHEMES = Set.of("http", "https", "git", "ssh");

  private final Licences licences;

  public PubliccodeReader(Licences licences) {
    this.licences = licences;
  }

  /**
   * What reading a file gave.
   *
   * @param document the file's content; non-null exactly when there are no errors
   * @param errors why the file cannot be imported, in the order of the file
   * @param warnings what is worth fixing, in the order of the file
   */
  public record Reading(
      @Nullable Publiccode document, List<Finding> errors, List<Finding> warnings) {

    public Reading {
      errors = List.copyOf(errors);
      warnings = List.copyOf(warnings);
    }
  }

  /** Reads the text of a publiccode.yml file. */
  public Reading read(String text) {
    Findings findings = new Findings();
    Publiccode document = null;
    try {
      document = document(text, findings);
    } catch (Findings.OverBudget e) {
      findings.error(0, "", "expandsTooMuch", String.valueOf(Findings.TEXT_BUDGET));
    } catch (RuntimeException e) {
      findings.error(0, "", "unreadable");
    }
    if (document == null && !findings.hasErrors()) {
      findings.error(0, "", "unreadable");
    }
    Comparator<Finding> byLine = Comparator.comparingInt(Finding::line);
    return new Reading(
        findings.hasErrors() ? null : document,
        findings.errors().stream().sorted(byLine).toList(),
        findings.warnings().stream().sorted(byLine).toList());
  }

  private @Nullable Publiccode document(String text, Findings findings) {
    String source = text.startsWith("\uFEFF") ? text.substring(1) : text;
    Node root = YamlTree.compose(source, findings);
    if (root == null) {
      return null;
    }
    YamlTree.reportDuplicateKeys(root, findings);
    if (root instanceof ScalarNode scalar && scalar.getTag().equals(Tag.NULL)) {
      findings.error(0, "", "empty");
      return null;
    }
    if (!(root instanceof MappingNode mapping)) {
      findings.error(YamlTree.line(root), "", "notMapping");
      return null;
    }
    YamlSection top = new YamlSection(mapping, "", findings);
    String version = version(top);
    String name = PubliccodeValues.required(top, "name");
    String url = url(top);
    String landingUrl = PubliccodeValues.webAddress(top, "landingURL");
    List<String> isBasedOn = top.texts("isBasedOn");
    String softwareVersion = top.text("softwareVersion");
    LocalDate releaseDate = PubliccodeValues.date(top, "releaseDate");
    String logo = top.text("logo");
    List<String> platforms = top.texts("platforms");
    if (platforms.isEmpty()) {
      findings.warning(top.line("platforms"), "platforms", "standardRequires");
    }
    List<String> categories = top.texts("categories");
    List<String> usedBy = top.texts("usedBy");
    String developmentStatus =
        PubliccodeValues.oneOf(top, "developmentStatus", DEVELOPMENT_STATUSES);
    String softwareType = softwareType(top);
    Organisation organisation = organisation(top);
    YamlSection audience = top.section("intendedAudience");
    List<String> countries = audience == null ? List.of() : audience.texts("countries");
    List<String> scope = audience == null ? List.of() : audience.texts("scope");
    if (audience != null) {
      audience.ignore("unsupportedCountries");
      audience.warnUnknownKeys();
    }
    Map<String, Description> descriptions = new PubliccodeDescriptions(findings).read(top);
    YamlSection legal = top.section("legal");
    String license = license(top, legal);
    String mainCopyrightOwner = legal == null ? null : legal.text("mainCopyrightOwner");
    String repoOwner = legal == null ? null : legal.text("repoOwner");
    if (legal != null) {
      legal.ignore("authorsFile");
      legal.warnUnknownKeys();
    }
    PubliccodeMaintenance maintenance = PubliccodeMaintenance.read(top, findings);
    YamlSection localisation = top.section("localisation");
    boolean localisationReady =
        localisation != null && PubliccodeValues.bool(localisation, "localisationReady");
    List<String> availableLanguages =
        localisation == null ? List.of() : localisation.texts("availableLanguages");
    if (localisation == null) {
      findings.warning(top.line("localisation"), "localisation", "standardRequires");
    } else {
      if (availableLanguages.isEmpty()) {
        findings.warning(
            localisation.line(), localisation.path("availableLanguages"), "standardRequires");
      }
      localisation.warnUnknownKeys();
    }
    boolean hasItSection = top.value("it") != null;
    top.ignore(KNOWN_NOT_KEPT.toArray(String[]::new));
    top.warnUnknownKeys();
    if (findings.hasErrors()
        || version == null
        || name == null
        || url == null
        || developmentStatus == null
        || softwareType == null) {
      return null;
    }
    return new Publiccode(
        version,
        name,
        url,
        landingUrl,
        isBasedOn,
        softwareVersion,
        releaseDate,
        logo,
        platforms,
        categories,
        usedBy,
        developmentStatus,
        softwareType,
        organisation,
        countries,
        scope,
        descriptions,
        license,
        mainCopyrightOwner,
        repoOwner,
        maintenance.type(),
        maintenance.contractors(),
        maintenance.contacts(),
        localisationReady,
        availableLanguages,
        hasItSection);
  }

  private static @Nullable String version(YamlSection top) {
    String version = PubliccodeValues.required(top, "publiccodeYmlVersion");
    if (version != null && !VERSIONS.contains(version)) {
      top.findings()
          .error(
              top.line("publiccodeYmlVersion"),
              "publiccodeYmlVersion",
              "unsupportedVersion",
              version,
              SUPPORTED_VERSIONS);
      return null;
    }
    return version;
  }

  private static @Nullable String softwareType(YamlSection top) {
    String text = top.text("softwareType");
    if (text != null && text.equals(DEPRECATED_SOFTWARE_TYPE)) {
      top.findings()
          .warning(
              top.line("softwareType"),
              "softwareType",
              "deprecatedValue",
              text,
              String.join(", ", SOFTWARE_TYPES));
      return text;
    }
    return PubliccodeValues.oneOf(top, "softwareType", SOFTWARE_TYPES);
  }

  private static @Nullable String url(YamlSection top) {
    String url = PubliccodeValues.required(top, "url");
    if (url == null) {
      return null;
    }
    String scheme = PubliccodeValues.scheme(url, URL_SCHEMES);
    if (scheme == null) {
      top.findings().error(top.line("url"), "url", "notUrl", url);
      return null;
    }
    if (scheme.equals("git")) {
      top.findings().warning(top.line("url"), "url", "gitProtocol");
    }
    return url;
  }

  private @Nullable String license(YamlSection top, @Nullable YamlSection legal) {
    Findings findings = top.findings();
    if (legal == null) {
      findings.error(top.line("legal"), "legal.license", "required");
      return null;
    }
    String expression = legal.text("license");
    int line = legal.line("license");
    String path = legal.path("license");
    Licence licence = licences.check(expression);
    Licence.Hint hint = licence.hint();
    switch (licence.validity()) {
      case BLANK -> findings.error(line, path, "required");
      case INVALID -> findings.error(line, path, "licenceInvalid", licenceArgs(licence));
      case DEPRECATED -> findings.warning(line, path, "licenceDeprecated", licenceArgs(licence));
      case VALID -> {
        if (hint != null) {
          findings.warning(line, path, "licenceSpelling", licenceArgs(licence));
        }
      }
    }
    if (licence.validity() != Licence.Validity.INVALID
        && licence.validity() != Licence.Validity.BLANK
        && !licence.openSource()) {
      findings.warning(line, path, "licenceNotOpen", licence.expression());
    }
    return licence.validity() == Licence.Validity.BLANK ? null : expression;
  }

  private static List<String> licenceArgs(Licence licence) {
    Licence.Hint hint = licence.hint();
    if (hint == null) {
      return List.of(licence.expression());
    }
    return Stream.concat(Stream.of(licence.expression(), hint.key()), hint.args().stream())
        .toList();
  }

  private static @Nullable Organisation organisation(YamlSection top) {
    YamlSection organisation = top.section("organisation");
    if (organisation == null) {
      return null;
    }
    String uri = organisation.text("uri");
    String name = organisation.text("name");
    if (uri == null) {
      top.findings().warning(organisation.line(), organisation.path("uri"), "standardRequires");
    }
    organisation.warnUnknownKeys();
    return uri == null ? null : new Organisation(uri, name);
  }
}
