package eu.digilabs.hub.labs;

import static eu.digilabs.hub.shared.text.Values.blank;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.Instant;

/** A public authority, university, company, NGO or international body. */
@Entity
class Organisation {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private String name;
  private String type;
  private String country;
  private String website;
  private boolean demo;

  @Column(name = "created_at")
  private Instant createdAt;

  @Column(name = "updated_at")
  private Instant updatedAt;

  @Version private long version;

  protected Organisation() {}

  Organisation(OrganisationCommand command) {
    this.createdAt = Instant.now();
    apply(command);
  }

  void apply(OrganisationCommand command) {
    this.name = command.name().strip();
    this.type = blank(command.type());
    this.country = blank(command.country());
    this.website = blank(command.website());
    this.updatedAt = Instant.now();
  }

  void markDemo() {
    this.demo = true;
  }

  OrganisationView view() {
    return new OrganisationView(id, name, type, country, website, demo, version);
  }

  Long id() {
    return id;
  }

  String name() {
    return name;
  }

  long version() {
    return version;
  }
}
