package eu.digilabs.hub.knowledge;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * An article as authors write it, in the page form and the API. {@code kind} is guide, how-to,
 * background or news; {@code labId} the lab it belongs to (its editors review it); {@code note}
 * says what changed; {@code version} is the one read (for updates).
 */
public record ArticleCommand(
    @NotBlank @Size(max = 300) String title,
    @Size(max = 1000) String summary,
    @Size(max = 100000) String body,
    @NotBlank String kind,
    String language,
    Long labId,
    List<String> policyAreas,
    List<String> technologies,
    List<String> phases,
    List<Long> projectIds,
    List<Long> labIds,
    List<Long> serviceIds,
    @Size(max = 300) String note,
    Long version) {}
