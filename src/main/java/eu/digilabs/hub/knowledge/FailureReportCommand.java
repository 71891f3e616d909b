package eu.digilabs.hub.knowledge;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A failure report as its author writes it. {@code causes} come from {@link
 * FailureReportService#CAUSES}; {@code anonymous} hides author, lab and project from everyone but
 * admins.
 */
public record FailureReportCommand(
    @NotBlank @Size(max = 300) String title,
    @NotBlank @Size(max = 10000) String tried,
    @NotBlank @Size(max = 10000) String wentWrong,
    @Nullable List<String> causes,
    @Size(max = 10000) @Nullable String differently,
    @Size(max = 10000) @Nullable String lessons,
    @Nullable String phase,
    @Nullable Long projectId,
    @Nullable Long labId,
    @Nullable Long serviceId,
    @Nullable String language,
    @Nullable Boolean anonymous,
    @Nullable Long version) {}
