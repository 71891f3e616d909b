package eu.digilabs.hub.reuse;

import eu.digilabs.hub.reuse.Publiccode.Contact;
import eu.digilabs.hub.reuse.Publiccode.Contractor;
import eu.digilabs.hub.reuse.Publiccode.Description;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.representer.Representer;

/**
 * Writes a {@link Publiccode} as a publiccode.yml file of version {@value #VERSION} of the
 * standard, in YAML block style, with every key that version makes mandatory.
 *
 * <p>The writer invents nothing. Reading its output gives the document back, except for what {@link
 * #asWritten} changes: the version becomes {@value #VERSION}, and the Italian country section is
 * not written (its content is not kept, and the standard deprecates it since 0.7). A document that
 * lacks a value the standard requires gives a file with that key empty ({@code platforms}, {@code
 * availableLanguages}, {@code features}: {@code []}) or missing ({@code longDescription}, a null
 * licence or maintenance type), which validators reject; complete the document first. Contractors
 * are written only for maintenance type {@code contract}, as the standard wants.
 */
public final class PubliccodeWriter {

  /** The version of the standard written. */
  public static final String VERSION = "0.4";

  private static final int LINE_WIDTH = 100;

  private PubliccodeWriter() {}

  /** A value written in double quotes, as the standard's examples write versions and dates. */
  private record Quoted(String text) {}

  /**
   * The document as reading {@link #write}'s output gives it back, for a document as {@link
   * PubliccodeReader} makes them (texts without surrounding white space, none blank).
   */
  public static Publiccode asWritten(Publiccode document) {
    boolean contract = "contract".equals(document.maintenanceType());
    return new Publiccode(
        VERSION,
        document.name(),
        document.url(),
        document.landingUrl(),
        document.isBasedOn(),
        document.softwareVersion(),
        document.releaseDate(),
        document.logo(),
        document.platforms(),
        document.categories(),
        document.usedBy(),
        document.developmentStatus(),
        document.softwareType(),
        document.organisation(),
        document.countries(),
        document.scope(),
        document.descriptions(),
        document.license(),
        document.mainCopyrightOwner(),
        document.repoOwner(),
        document.maintenanceType(),
        contract ? document.contractors() : List.of(),
        document.contacts(),
        document.localisationReady(),
        document.availableLanguages(),
        false);
  }

  /** The publiccode.yml text of the document. */
  public static String write(Publiccode document) {
    Map<String, Object> yml = new LinkedHashMap<>();
    yml.put("publiccodeYmlVersion", new Quoted(VERSION));
    yml.put("name", document.name());
    yml.put("url", document.url());
    putIfPresent(yml, "landingURL", document.landingUrl());
    putIfAny(yml, "isBasedOn", document.isBasedOn());
    if (document.softwareVersion() != null) {
      yml.put("softwareVersion", new Quoted(document.softwareVersion()));
    }
    putIfPresent(yml, "releaseDate", quoted(document.releaseDate()));
    putIfPresent(yml, "logo", document.logo());
    yml.put("platforms", document.platforms());
    putIfAny(yml, "categories", document.categories());
    putIfAny(yml, "usedBy", document.usedBy());
    yml.put("developmentStatus", document.developmentStatus());
    yml.put("softwareType", document.softwareType());
    Publiccode.Organisation organisation = document.organisation();
    if (organisation != null) {
      Map<String, Object> section = new LinkedHashMap<>();
      section.put("uri", organisation.uri());
      putIfPresent(section, "name", organisation.name());
      yml.put("organisation", section);
    }
    if (!document.countries().isEmpty() || !document.scope().isEmpty()) {
      Map<String, Object> audience = new LinkedHashMap<>();
      putIfAny(audience, "countries", document.countries());
      putIfAny(audience, "scope", document.scope());
      yml.put("intendedAudience", audience);
    }
    Map<String, Object> descriptions = new LinkedHashMap<>();
    document.descriptions().forEach((language, text) -> descriptions.put(language, section(text)));
    yml.put("description", descriptions);
    Map<String, Object> legal = new LinkedHashMap<>();
    putIfPresent(legal, "license", document.license());
    putIfPresent(legal, "mainCopyrightOwner", document.mainCopyrightOwner());
    putIfPresent(legal, "repoOwner", document.repoOwner());
    yml.put("legal", legal);
    yml.put("maintenance", maintenance(document));
    Map<String, Object> localisation = new LinkedHashMap<>();
    localisation.put("localisationReady", document.localisationReady());
    localisation.put("availableLanguages", document.availableLanguages());
    yml.put("localisation", localisation);
    return yaml().dump(yml);
  }

  private static Map<String, Object> section(Description description) {
    Map<String, Object> section = new LinkedHashMap<>();
    putIfPresent(section, "localisedName", description.localisedName());
    putIfPresent(section, "genericName", description.genericName());
    section.put("shortDescription", description.shortDescription());
    putIfPresent(section, "longDescription", description.longDescription());
    putIfPresent(section, "documentation", description.documentation());
    putIfPresent(section, "apiDocumentation", description.apiDocumentation());
    section.put("features", description.features());
    return section;
  }

  private static Map<String, Object> maintenance(Publiccode document) {
    Map<String, Object> maintenance = new LinkedHashMap<>();
    putIfPresent(maintenance, "type", document.maintenanceType());
    if ("contract".equals(document.maintenanceType()) && !document.contractors().isEmpty()) {
      maintenance.put(
          "contractors",
          document.contractors().stream().map(PubliccodeWriter::contractor).toList());
    }
    if (!document.contacts().isEmpty()) {
      maintenance.put(
          "contacts", document.contacts().stream().map(PubliccodeWriter::contact).toList());
    }
    return maintenance;
  }

  private static Map<String, Object> contractor(Contractor contractor) {
    Map<String, Object> section = new LinkedHashMap<>();
    section.put("name", contractor.name());
    putIfPresent(section, "until", quoted(contractor.until()));
    putIfPresent(section, "email", contractor.email());
    putIfPresent(section, "website", contractor.website());
    return section;
  }

  private static Map<String, Object> contact(Contact contact) {
    Map<String, Object> section = new LinkedHashMap<>();
    section.put("name", contact.name());
    putIfPresent(section, "email", contact.email());
    putIfPresent(section, "phone", contact.phone());
    putIfPresent(section, "affiliation", contact.affiliation());
    return section;
  }

  private static @Nullable Quoted quoted(@Nullable LocalDate date) {
    return date == null ? null : new Quoted(date.toString());
  }

  private static void putIfPresent(
      Map<String, Object> section, String key, @Nullable Object value) {
    if (value != null) {
      section.put(key, value);
    }
  }

  private static void putIfAny(Map<String, Object> section, String key, List<String> values) {
    if (!values.isEmpty()) {
      section.put(key, values);
    }
  }

  private static Yaml yaml() {
    DumperOptions options = new DumperOptions();
    options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
    options.setIndent(2);
    options.setIndicatorIndent(2);
    options.setIndentWithIndicator(true);
    options.setWidth(LINE_WIDTH);
    options.setAllowUnicode(true);
    options.setNonPrintableStyle(DumperOptions.NonPrintableStyle.ESCAPE);
    options.setDereferenceAliases(true);
    Representer representer = new QuotingRepresenter(options);
    return new Yaml(representer, options);
  }

  /** Represents {@link Quoted} values in double quotes, everything else as SnakeYAML does. */
  private static final class QuotingRepresenter extends Representer {

    QuotingRepresenter(DumperOptions options) {
      super(options);
      representers.put(
          Quoted.class,
          data ->
              representScalar(
                  Tag.STR, ((Quoted) data).text(), DumperOptions.ScalarStyle.DOUBLE_QUOTED));
    }
  }
}
