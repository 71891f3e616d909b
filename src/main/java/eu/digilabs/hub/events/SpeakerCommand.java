package eu.digilabs.hub.events;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A speaker's profile for one event; {@code accountEmail} links it to a member account when the
 * speaker has one.
 */
public record SpeakerCommand(
    @NotBlank @Size(max = 200) String name,
    @Size(max = 300) String role,
    @Size(max = 300) String organisation,
    @Size(max = 5000) String bio,
    @Size(max = 200) String accountEmail,
    Long version) {}
