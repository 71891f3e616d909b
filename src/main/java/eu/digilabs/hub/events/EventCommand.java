package eu.digilabs.hub.events;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDateTime;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * An event as organisers write it, in the page form and the API. Times are wall-clock times in the
 * event's {@code timeZone}; {@code type} is conference, workshop, webinar or lab-session, {@code
 * mode} on-site, online or hybrid. {@code version} is the one read (for updates).
 */
public record EventCommand(
    @NotBlank @Size(max = 300) String title,
    @Size(max = 20000) String description,
    @NotBlank String type,
    @NotBlank String mode,
    @Size(max = 300) String venueName,
    @Size(max = 500) String venueAddress,
    @NotBlank String timeZone,
    @NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) LocalDateTime start,
    @NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) LocalDateTime end,
    List<Long> labIds,
    List<String> languages,
    @Min(1) Integer capacityOnSite,
    @Min(1) Integer capacityOnline,
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) LocalDateTime registrationOpens,
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) LocalDateTime registrationCloses,
    Boolean membersOnly,
    @Size(max = 1000) String streamUrl,
    Long version) {}
