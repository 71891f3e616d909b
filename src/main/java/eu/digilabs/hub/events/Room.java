package eu.digilabs.hub.events;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

/** A room or track of an event's programme ("Studio", "Online stage"). */
@Entity
@Table(name = "event_room")
class Room {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private @Nullable Long id;

  @Column(name = "event_id")
  private long eventId;

  private String name;

  protected Room() {}

  Room(long eventId, String name) {
    this.eventId = eventId;
    this.name = name;
  }

  @SuppressWarnings("NullAway") // read from stored rooms only: Hibernate has set the id
  Long id() {
    return id;
  }

  long eventId() {
    return eventId;
  }

  String name() {
    return name;
  }
}
