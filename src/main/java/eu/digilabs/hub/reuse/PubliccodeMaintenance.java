package eu.digilabs.hub.reuse;

import eu.digilabs.hub.reuse.Publiccode.Contact;
import eu.digilabs.hub.reuse.Publiccode.Contractor;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The {@code maintenance} section of a publiccode.yml file: how the software is maintained, by
 * which contractors (only for type contract) and contacts.
 */
record PubliccodeMaintenance(
    @Nullable String type, List<Contractor> contractors, List<Contact> contacts) {

  private static final Set<String> TYPES_WITH_CONTACTS = Set.of("internal", "community");

  static PubliccodeMaintenance read(YamlSection top, Findings findings) {
    YamlSection section = top.section("maintenance");
    if (section == null) {
      findings.error(top.line("maintenance"), "maintenance.type", "required");
      return new PubliccodeMaintenance(null, List.of(), List.of());
    }
    String type = PubliccodeValues.oneOf(section, "type", PubliccodeReader.MAINTENANCE_TYPES);
    List<Contractor> contractors = new ArrayList<>();
    for (YamlSection contractor : section.sections("contractors")) {
      String name = named(contractor, findings);
      Contractor read =
          new Contractor(
              name == null ? "" : name,
              PubliccodeValues.date(contractor, "until"),
              contractor.text("email"),
              PubliccodeValues.webAddress(contractor, "website"));
      contractor.warnUnknownKeys();
      if (name != null) {
        contractors.add(read);
      }
    }
    List<Contact> contacts = new ArrayList<>();
    for (YamlSection contact : section.sections("contacts")) {
      String name = named(contact, findings);
      Contact read =
          new Contact(
              name == null ? "" : name,
              contact.text("email"),
              contact.text("phone"),
              contact.text("affiliation"));
      contact.warnUnknownKeys();
      if (name != null) {
        contacts.add(read);
      }
    }
    if ("contract".equals(type) && contractors.isEmpty()) {
      findings.warning(section.line(), section.path("contractors"), "standardRequires");
    }
    if (type != null && !"contract".equals(type) && !contractors.isEmpty()) {
      findings.warning(
          section.line("contractors"), section.path("contractors"), "contractorsIgnored");
      contractors.clear();
    }
    if (type != null && TYPES_WITH_CONTACTS.contains(type) && contacts.isEmpty()) {
      findings.warning(section.line(), section.path("contacts"), "standardRequires");
    }
    section.warnUnknownKeys();
    return new PubliccodeMaintenance(type, contractors, contacts);
  }

  private static @Nullable String named(YamlSection person, Findings findings) {
    String name = person.text("name");
    if (name == null) {
      findings.warning(person.line(), person.path(), "withoutName");
    }
    return name;
  }
}
