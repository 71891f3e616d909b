package eu.digilabs.hub.events;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * A speaker's profile for one event; {@code accountEmail} links it to a member account when the
 * speaker has one.
 */
public record SpeakerCommand(
    @NotBlank @Size(max = 200) @Nullable String name,
    @Size(max = 300) @Nullable String role,
    @Size(max = 300) @Nullable String organisation,
    @Size(max = 5000) @Nullable String bio,
    @Size(max = 200) @Nullable String accountEmail,
    @Nullable Long version) {}
