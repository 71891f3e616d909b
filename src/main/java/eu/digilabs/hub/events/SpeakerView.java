package eu.digilabs.hub.events;

import org.jspecify.annotations.Nullable;

/** A speaker's profile at an event. {@code photo} says whether a photo was uploaded. */
public record SpeakerView(
    long id,
    long eventId,
    String name,
    @Nullable String role,
    @Nullable String organisation,
    @Nullable String bio,
    boolean photo,
    @Nullable Long accountId,
    long version) {

  static SpeakerView of(Speaker s) {
    return new SpeakerView(
        s.id(),
        s.eventId(),
        s.name(),
        s.role(),
        s.organisation(),
        s.bio(),
        s.photoFile() != null,
        s.accountId(),
        s.version());
  }
}
