package eu.digilabs.hub.events;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDateTime;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * A programme slot as organisers write it: wall-clock times in the event's zone, the room by name
 * (created when new), speakers by id, and which of them join remotely.
 */
public record SessionCommand(
    @NotBlank @Size(max = 300) String title,
    @NotBlank String kind,
    @NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) LocalDateTime start,
    @NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) LocalDateTime end,
    @Size(max = 200) String room,
    @Size(max = 10000) String summary,
    String language,
    List<Long> speakerIds,
    List<Long> remoteSpeakerIds,
    Long version) {}
