package eu.digilabs.hub.reuse;

import static eu.digilabs.hub.shared.text.Values.cut;

import eu.digilabs.hub.reuse.Publiccode.Contact;
import eu.digilabs.hub.reuse.Publiccode.Contractor;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The publiccode.yml values a solution has no field for, as an import keeps them for the export
 * (table {@code solution_publiccode_value}): text under the key of its place in the file ({@code
 * developmentStatus}, {@code platforms.0}, {@code description.it.features.2}, {@code
 * maintenance.contacts.1.email}), at most {@value #VALUE_MAX} characters each; lists without blanks
 * and repeats, at most {@value #LIST_MAX} entries.
 */
final class KeptValues {

  /** The width of the value column. */
  static final int VALUE_MAX = 2000;

  /** The width of the name column. */
  static final int NAME_MAX = 60;

  /** More entries of one list help nobody; the rest are left out. */
  static final int LIST_MAX = 200;

  static final String DESCRIPTION_LANGUAGE = "descriptionLanguage";
  static final String NAME = "name";
  static final String URL = "url";
  static final String LANDING_URL = "landingURL";
  static final String SOFTWARE_VERSION = "softwareVersion";
  static final String DEVELOPMENT_STATUS = "developmentStatus";
  static final String SOFTWARE_TYPE = "softwareType";
  static final String COUNTRIES = "intendedAudience.countries";
  static final String SCOPE = "intendedAudience.scope";
  static final String LICENSE = "legal.license";
  static final String MAIN_COPYRIGHT_OWNER = "legal.mainCopyrightOwner";
  static final String REPO_OWNER = "legal.repoOwner";
  static final String MAINTENANCE_TYPE = "maintenance.type";
  static final String CONTACTS = "maintenance.contacts";
  static final String CONTRACTORS = "maintenance.contractors";
  static final String LOCALISATION_READY = "localisation.localisationReady";
  static final String AVAILABLE_LANGUAGES = "localisation.availableLanguages";

  private final Map<String, String> values;

  /** No values yet, for an import to fill. */
  KeptValues() {
    this.values = new LinkedHashMap<>();
  }

  /** The values a solution keeps, for the export to read. */
  KeptValues(Map<String, String> values) {
    this.values = new LinkedHashMap<>(values);
  }

  /** The key of a value of one description ({@code description.it.features}). */
  static String description(String language, String key) {
    return "description." + language + "." + key;
  }

  void put(String name, @Nullable String value) {
    if (value != null && !value.isBlank() && name.length() <= NAME_MAX) {
      values.put(name, Objects.requireNonNull(cut(value, VALUE_MAX)));
    }
  }

  void putList(String name, List<String> list) {
    List<String> kept = list(list);
    for (int i = 0; i < kept.size(); i++) {
      put(name + "." + i, kept.get(i));
    }
  }

  /** A list as it is kept: without blanks and repeats, at most {@link #LIST_MAX} values. */
  static List<String> list(List<String> list) {
    Set<String> distinct = new LinkedHashSet<>();
    list.stream()
        .filter(v -> v != null && !v.isBlank())
        .map(v -> Objects.requireNonNull(cut(v, VALUE_MAX)))
        .limit(LIST_MAX)
        .forEach(distinct::add);
    return List.copyOf(distinct);
  }

  @Nullable String get(String name) {
    return values.get(name);
  }

  String get(String name, String fallback) {
    String value = values.get(name);
    return value == null ? fallback : value;
  }

  /** The kept list, in its order; empty when none is kept. */
  List<String> list(String name) {
    List<String> list = new ArrayList<>();
    for (int i = 0; ; i++) {
      String value = values.get(name + "." + i);
      if (value == null) {
        return list;
      }
      list.add(value);
    }
  }

  /**
   * Keeps the contacts from {@code from} on; of the first, whose name and email the solution holds,
   * only what it does not: an email it could not take, the phone and the affiliation.
   */
  void putContacts(List<Contact> contacts, @Nullable String emailHeld) {
    for (int i = 0; i < contacts.size() && i < LIST_MAX; i++) {
      Contact contact = contacts.get(i);
      String at = CONTACTS + "." + i + ".";
      if (i > 0) {
        put(at + "name", contact.name());
      }
      if (i > 0 || !Objects.equals(contact.email(), emailHeld)) {
        put(at + "email", contact.email());
      }
      put(at + "phone", contact.phone());
      put(at + "affiliation", contact.affiliation());
    }
  }

  /** The contacts kept after the first, and what was kept of the first. */
  List<Contact> contacts(@Nullable String firstName, @Nullable String firstEmail) {
    List<Contact> contacts = new ArrayList<>();
    String first = CONTACTS + ".0.";
    if (firstName != null) {
      contacts.add(
          new Contact(
              firstName,
              firstEmail != null ? firstEmail : get(first + "email"),
              get(first + "phone"),
              get(first + "affiliation")));
    }
    for (int i = 1; ; i++) {
      String at = CONTACTS + "." + i + ".";
      String name = get(at + "name");
      if (name == null) {
        return contacts;
      }
      contacts.add(
          new Contact(name, get(at + "email"), get(at + "phone"), get(at + "affiliation")));
    }
  }

  void putContractors(List<Contractor> contractors) {
    for (int i = 0; i < contractors.size() && i < LIST_MAX; i++) {
      Contractor contractor = contractors.get(i);
      String at = CONTRACTORS + "." + i + ".";
      put(at + "name", contractor.name());
      put(at + "until", contractor.until() == null ? null : contractor.until().toString());
      put(at + "email", contractor.email());
      put(at + "website", contractor.website());
    }
  }

  List<Contractor> contractors() {
    List<Contractor> contractors = new ArrayList<>();
    for (int i = 0; ; i++) {
      String at = CONTRACTORS + "." + i + ".";
      String name = get(at + "name");
      if (name == null) {
        return contractors;
      }
      contractors.add(
          new Contractor(name, date(get(at + "until")), get(at + "email"), get(at + "website")));
    }
  }

  Map<String, String> asMap() {
    return Collections.unmodifiableMap(values);
  }

  private static @Nullable LocalDate date(@Nullable String text) {
    try {
      return text == null ? null : LocalDate.parse(text);
    } catch (DateTimeException e) {
      return null;
    }
  }
}
