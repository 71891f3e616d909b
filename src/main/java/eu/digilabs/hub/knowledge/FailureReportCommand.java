package eu.digilabs.hub.knowledge;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * A failure report as its author writes it. {@code causes} come from {@link
 * FailureReportService#CAUSES}; {@code anonymous} hides author, lab and project from everyone but
 * admins.
 */
public record FailureReportCommand(
    @NotBlank @Size(max = 300) String title,
    @NotBlank @Size(max = 10000) String tried,
    @NotBlank @Size(max = 10000) String wentWrong,
    List<String> causes,
    @Size(max = 10000) String differently,
    @Size(max = 10000) String lessons,
    String phase,
    Long projectId,
    Long labId,
    Long serviceId,
    String language,
    Boolean anonymous,
    Long version) {}
