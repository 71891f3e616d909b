package eu.digilabs.hub.knowledge;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * An article as authors write it, in the page form and the API. {@code kind} is guide, how-to,
 * background or news; {@code labId} the lab it belongs to (its editors review it); {@code note}
 * says what changed; {@code version} is the one read (for updates).
 */
public record ArticleCommand(
    @NotBlank @Size(max = 300) String title,
    @Size(max = 1000) @Nullable String summary,
    @Size(max = 100000) @Nullable String body,
    @NotBlank String kind,
    @Nullable String language,
    @Nullable Long labId,
    @Nullable List<String> policyAreas,
    @Nullable List<String> technologies,
    @Nullable List<String> phases,
    @Nullable List<Long> projectIds,
    @Nullable List<Long> labIds,
    @Nullable List<Long> serviceIds,
    @Size(max = 300) @Nullable String note,
    @Nullable Long version) {}
