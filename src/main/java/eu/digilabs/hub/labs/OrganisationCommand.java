package eu.digilabs.hub.labs;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * What a person may set on an organisation. {@code type} and {@code country} are vocabulary codes.
 */
public record OrganisationCommand(
    @NotBlank @Size(max = 300) String name,
    @Size(max = 40) @Nullable String type,
    @Size(max = 10) @Nullable String country,
    @Size(max = 500) @Nullable String website,
    @Nullable Long version) {}
