package eu.digilabs.hub.projects.web;

import eu.digilabs.hub.projects.ProjectView;
import eu.digilabs.hub.shared.HubProperties;
import eu.digilabs.hub.web.JsonLd;
import eu.digilabs.hub.web.PageMeta;
import org.springframework.stereotype.Component;

/** schema.org {@code Project} data and the link preview of a project page. */
@Component
class ProjectPageMeta {

  private final String baseUrl;

  ProjectPageMeta(HubProperties hub) {
    this.baseUrl = hub.baseUrl();
  }

  PageMeta of(ProjectView project) {
    String url = baseUrl + "/projects/" + project.id();
    String description = project.summary() != null ? project.summary() : project.description();
    JsonLd.Data data =
        JsonLd.of("Project")
            .put("name", project.title())
            .text("description", description)
            .put("url", url)
            .put(
                "foundingDate", project.startDate() == null ? null : project.startDate().toString())
            .put("keywords", String.join(", ", project.technologies()))
            .put("sameAs", project.caseUrl() != null ? project.caseUrl() : project.sourceUrl());
    if (project.country() != null) {
      data.put("areaServed", JsonLd.node("Country").put("identifier", project.country()));
    }
    if (project.leadLabId() != null) {
      data.put(
          "parentOrganization",
          JsonLd.node("GovernmentOrganization")
              .put("name", project.leadLabName())
              .put("url", baseUrl + "/labs/" + project.leadLabId()));
    }
    data.putAll(
        "member",
        project.partnerLabs().entrySet().stream()
            .map(
                lab ->
                    JsonLd.node("GovernmentOrganization")
                        .put("name", lab.getValue())
                        .put("url", baseUrl + "/labs/" + lab.getKey()))
            .toList());
    return PageMeta.of(description, "website", url, data);
  }
}
