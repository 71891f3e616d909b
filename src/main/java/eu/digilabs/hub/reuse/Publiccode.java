package eu.digilabs.hub.reuse;

import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The parts of a publiccode.yml file (https://yml.publiccode.tools) that describe a solution for
 * the reuse marketplace: what it is, who owns and maintains it, under which licence, in which
 * languages. A plain value: {@link PubliccodeReader} makes it from a file, {@link PubliccodeWriter}
 * writes it as one. Texts are as written in the file, without surrounding white space.
 *
 * @param version {@code publiccodeYmlVersion} as written ({@code "0.2"}, {@code "0.4.0"})
 * @param name the software's name
 * @param url the source code repository
 * @param landingUrl {@code landingURL}: a page for people, when {@code url} serves only git
 * @param isBasedOn the repositories this software is a variant of
 * @param softwareVersion the latest version, not meant to be parsed
 * @param releaseDate when that version was released
 * @param logo path in the repository or URL of the logo
 * @param platforms where users run it ({@code web}, {@code linux}, ...)
 * @param categories the standard's categories ({@code document-management}, ...)
 * @param usedBy public bodies known to use it
 * @param developmentStatus concept, development, beta, stable or obsolete
 * @param softwareType {@code standalone/web}, {@code library}, ... (see the standard)
 * @param organisation the publishing organisation (publiccode.yml 0.5 and later)
 * @param countries {@code intendedAudience.countries}, ISO 3166-1 codes in the case written
 * @param scope {@code intendedAudience.scope}: fields of application
 * @param descriptions {@code description}: by language tag, in the order of the file
 * @param license {@code legal.license}: an SPDX expression
 * @param mainCopyrightOwner {@code legal.mainCopyrightOwner}
 * @param repoOwner {@code legal.repoOwner} (deprecated in 0.5)
 * @param maintenanceType {@code maintenance.type}: internal, contract, community or none
 * @param contractors {@code maintenance.contractors}; only with maintenance type contract
 * @param contacts {@code maintenance.contacts}
 * @param localisationReady {@code localisation.localisationReady}
 * @param availableLanguages {@code localisation.availableLanguages}: BCP 47 tags
 * @param hasItSection whether the file has the Italian country section {@code it:}, which marks
 *     software catalogued in Italy (its content is not kept)
 */
public record Publiccode(
    String version,
    String name,
    String url,
    @Nullable String landingUrl,
    List<String> isBasedOn,
    @Nullable String softwareVersion,
    @Nullable LocalDate releaseDate,
    @Nullable String logo,
    List<String> platforms,
    List<String> categories,
    List<String> usedBy,
    String developmentStatus,
    String softwareType,
    @Nullable Organisation organisation,
    List<String> countries,
    List<String> scope,
    Map<String, Description> descriptions,
    @Nullable String license,
    @Nullable String mainCopyrightOwner,
    @Nullable String repoOwner,
    @Nullable String maintenanceType,
    List<Contractor> contractors,
    List<Contact> contacts,
    boolean localisationReady,
    List<String> availableLanguages,
    boolean hasItSection) {

  public Publiccode {
    isBasedOn = List.copyOf(isBasedOn);
    platforms = List.copyOf(platforms);
    categories = List.copyOf(categories);
    usedBy = List.copyOf(usedBy);
    countries = List.copyOf(countries);
    scope = List.copyOf(scope);
    descriptions = Collections.unmodifiableMap(new LinkedHashMap<>(descriptions));
    contractors = List.copyOf(contractors);
    contacts = List.copyOf(contacts);
    availableLanguages = List.copyOf(availableLanguages);
  }

  /**
   * The description in the first of the languages that the file has (by exact tag, then by primary
   * language: {@code de} finds {@code de-AT}), else the file's first description.
   */
  public Optional<Description> description(List<String> languages) {
    for (String language : languages) {
      Description exact = descriptions.get(language);
      if (exact != null) {
        return Optional.of(exact);
      }
      for (Map.Entry<String, Description> entry : descriptions.entrySet()) {
        String tag = entry.getKey();
        if (tag.regionMatches(true, 0, language, 0, language.length())
            && (tag.length() == language.length() || tag.charAt(language.length()) == '-')) {
          return Optional.of(entry.getValue());
        }
      }
    }
    return descriptions.values().stream().findFirst();
  }

  /**
   * The description in one language.
   *
   * @param localisedName the name in this language
   * @param genericName what kind of software it is ("Text Editor"; deprecated in 0.3)
   * @param shortDescription one sentence, at most 150 characters
   * @param longDescription 150 to 10,000 characters, basic Markdown
   * @param features what users can do with it
   * @param documentation URL of the user documentation
   * @param apiDocumentation URL of the API documentation
   */
  public record Description(
      @Nullable String localisedName,
      @Nullable String genericName,
      String shortDescription,
      @Nullable String longDescription,
      List<String> features,
      @Nullable String documentation,
      @Nullable String apiDocumentation) {

    public Description {
      features = List.copyOf(features);
    }
  }

  /** A person who maintains the software. */
  public record Contact(
      String name, @Nullable String email, @Nullable String phone, @Nullable String affiliation) {}

  /** An organisation under contract to maintain the software, until a date. */
  public record Contractor(
      String name, @Nullable LocalDate until, @Nullable String email, @Nullable String website) {}

  /** The organisation that publishes the software: a URI that identifies it, and its name. */
  public record Organisation(String uri, @Nullable String name) {}
}
