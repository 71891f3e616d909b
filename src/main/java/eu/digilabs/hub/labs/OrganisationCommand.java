package eu.digilabs.hub.labs;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * What a person may set on an organisation. {@code type} and {@code country} are vocabulary codes.
 */
public record OrganisationCommand(
    @NotBlank @Size(max = 300) String name,
    @Size(max = 40) String type,
    @Size(max = 10) String country,
    @Size(max = 500) String website,
    Long version) {}
