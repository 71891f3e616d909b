package eu.digilabs.hub.reuse.web;

import eu.digilabs.hub.reuse.SolutionView;
import eu.digilabs.hub.shared.HubProperties;
import eu.digilabs.hub.web.JsonLd;
import eu.digilabs.hub.web.PageMeta;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * schema.org {@code SoftwareApplication} data and the link preview of a solution page: licence,
 * provider, version and where its code and documentation are.
 */
@Component
class SolutionPageMeta {

  private final String baseUrl;

  SolutionPageMeta(HubProperties hub) {
    this.baseUrl = hub.baseUrl();
  }

  PageMeta of(SolutionView solution) {
    String url = baseUrl + "/solutions/" + solution.id();
    String description =
        solution.shortDescription() != null ? solution.shortDescription() : solution.description();
    JsonLd.Data provider =
        solution.providerLabId() != null
            ? JsonLd.node("GovernmentOrganization")
                .put("name", solution.providerLabName())
                .put("url", baseUrl + "/labs/" + solution.providerLabId())
            : JsonLd.node("Organization").put("name", solution.providerOrganisationName());
    JsonLd.Data data =
        JsonLd.of("SoftwareApplication")
            .put("name", solution.name())
            .text("description", description)
            .put("url", url)
            .put("applicationCategory", solution.kind())
            .put("license", licence(solution.licence()))
            .put("softwareVersion", solution.softwareVersion())
            .put(
                "datePublished",
                solution.releaseDate() == null ? null : solution.releaseDate().toString())
            .put("codeRepository", solution.repositoryUrl())
            .put("softwareHelp", solution.documentationUrl())
            .put("keywords", String.join(", ", solution.technologies()))
            .put("provider", provider);
    return PageMeta.of(description, "website", url, data);
  }

  /** An SPDX expression as the address of its licence text, the expression itself otherwise. */
  static @Nullable String licence(@Nullable String spdx) {
    if (spdx == null || spdx.isBlank()) {
      return null;
    }
    return spdx.matches("[A-Za-z0-9.+-]+") ? "https://spdx.org/licenses/" + spdx + ".html" : spdx;
  }
}
