package eu.digilabs.hub.events;

import static eu.digilabs.hub.shared.text.Values.blank;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A speaker's profile at one event, linked to a member account when there is one. */
@Entity
@Table(name = "event_speaker")
class Speaker {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "event_id")
  private long eventId;

  private String name;
  private String role;
  private String organisation;
  private String bio;

  @Column(name = "photo_file")
  private String photoFile;

  @Column(name = "photo_type")
  private String photoType;

  @Column(name = "account_id")
  private Long accountId;

  @Version private long version;

  protected Speaker() {}

  Speaker(long eventId) {
    this.eventId = eventId;
  }

  void apply(SpeakerCommand command, Long accountId) {
    this.name = command.name().strip();
    this.role = blank(command.role());
    this.organisation = blank(command.organisation());
    this.bio = blank(command.bio());
    this.accountId = accountId;
  }

  void photo(String file, String type) {
    this.photoFile = file;
    this.photoType = type;
  }

  Long id() {
    return id;
  }

  long eventId() {
    return eventId;
  }

  String name() {
    return name;
  }

  String role() {
    return role;
  }

  String organisation() {
    return organisation;
  }

  String bio() {
    return bio;
  }

  String photoFile() {
    return photoFile;
  }

  String photoType() {
    return photoType;
  }

  Long accountId() {
    return accountId;
  }

  long version() {
    return version;
  }
}
