package eu.digilabs.hub.events;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDateTime;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * An event as organisers write it, in the page form and the API. Times are wall-clock times in the
 * event's {@code timeZone}; {@code type} is conference, workshop, webinar or lab-session, {@code
 * mode} on-site, online or hybrid. {@code version} is the one read (for updates).
 */
public record EventCommand(
    @NotBlank @Size(max = 300) @Nullable String title,
    @Size(max = 20000) @Nullable String description,
    @NotBlank @Nullable String type,
    @NotBlank @Nullable String mode,
    @Size(max = 300) @Nullable String venueName,
    @Size(max = 500) @Nullable String venueAddress,
    @NotBlank @Nullable String timeZone,
    @NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) @Nullable LocalDateTime start,
    @NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) @Nullable LocalDateTime end,
    @Nullable List<Long> labIds,
    @Nullable List<String> languages,
    @Min(1) @Nullable Integer capacityOnSite,
    @Min(1) @Nullable Integer capacityOnline,
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) @Nullable LocalDateTime registrationOpens,
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) @Nullable LocalDateTime registrationCloses,
    @Nullable Boolean membersOnly,
    @Size(max = 1000) @Nullable String streamUrl,
    @Nullable Long version) {}
