package eu.digilabs.hub.labs;

import static eu.digilabs.hub.shared.text.Values.blank;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** A public authority, university, company, NGO or international body. */
@Entity
class Organisation {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private @Nullable Long id;

  private String name;
  private @Nullable String type;
  private @Nullable String country;
  private @Nullable String website;
  private boolean demo;

  @Column(name = "created_at")
  private Instant createdAt;

  @Column(name = "updated_at")
  private Instant updatedAt;

  @Version private long version;

  @SuppressWarnings("NullAway.Init") // JPA sets the fields from the row it loads
  protected Organisation() {}

  @SuppressWarnings("NullAway.Init") // apply() sets name and updatedAt
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
    return new OrganisationView(id(), name, type, country, website, demo, version);
  }

  /** The id; an organisation has one once it is saved. */
  long id() {
    return Objects.requireNonNull(id, "The organisation is not saved yet.");
  }

  String name() {
    return name;
  }

  long version() {
    return version;
  }
}
