package eu.digilabs.hub.events;

import static eu.digilabs.hub.shared.text.Values.blank;
import static java.util.Objects.requireNonNull;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.jspecify.annotations.Nullable;

/** A speaker's profile at one event, linked to a member account when there is one. */
@Entity
@Table(name = "event_speaker")
class Speaker {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private @Nullable Long id;

  @Column(name = "event_id")
  private long eventId;

  private @Nullable String name;
  private @Nullable String role;
  private @Nullable String organisation;
  private @Nullable String bio;

  @Column(name = "photo_file")
  private @Nullable String photoFile;

  @Column(name = "photo_type")
  private @Nullable String photoType;

  @Column(name = "account_id")
  private @Nullable Long accountId;

  @Version private long version;

  protected Speaker() {}

  Speaker(long eventId) {
    this.eventId = eventId;
  }

  void apply(SpeakerCommand command, @Nullable Long accountId) {
    this.name = requireNonNull(command.name(), "name").strip();
    this.role = blank(command.role());
    this.organisation = blank(command.organisation());
    this.bio = blank(command.bio());
    this.accountId = accountId;
  }

  void photo(String file, String type) {
    this.photoFile = file;
    this.photoType = type;
  }

  @SuppressWarnings("NullAway") // read from stored speakers only: Hibernate has set the id
  Long id() {
    return id;
  }

  long eventId() {
    return eventId;
  }

  @SuppressWarnings("NullAway") // set by apply() before a speaker is stored
  String name() {
    return name;
  }

  @Nullable String role() {
    return role;
  }

  @Nullable String organisation() {
    return organisation;
  }

  @Nullable String bio() {
    return bio;
  }

  @Nullable String photoFile() {
    return photoFile;
  }

  @Nullable String photoType() {
    return photoType;
  }

  @Nullable Long accountId() {
    return accountId;
  }

  long version() {
    return version;
  }
}
