package eu.digilabs.hub.events;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDateTime;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * A programme slot as organisers write it: wall-clock times in the event's zone, the room by name
 * (created when new), speakers by id, and which of them join remotely.
 */
public record SessionCommand(
    @NotBlank @Size(max = 300) @Nullable String title,
    @NotBlank @Nullable String kind,
    @NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) @Nullable LocalDateTime start,
    @NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) @Nullable LocalDateTime end,
    @Size(max = 200) @Nullable String room,
    @Size(max = 10000) @Nullable String summary,
    @Nullable String language,
    @Nullable List<Long> speakerIds,
    @Nullable List<Long> remoteSpeakerIds,
    @Nullable Long version) {}
