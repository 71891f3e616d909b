package eu.digilabs.hub.labs.web;

import eu.digilabs.hub.labs.LabService;
import eu.digilabs.hub.labs.LabView;
import eu.digilabs.hub.labs.OrganisationView;
import eu.digilabs.hub.shared.HubProperties;
import eu.digilabs.hub.web.JsonLd;
import eu.digilabs.hub.web.PageMeta;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * schema.org data and the link preview of a lab page: a {@code ResearchOrganization} when a
 * university hosts the lab, a {@code GovernmentOrganization} otherwise; never its contact address.
 */
@Component
class LabPageMeta {

  private final LabService labs;
  private final String baseUrl;

  LabPageMeta(LabService labs, HubProperties hub) {
    this.labs = labs;
    this.baseUrl = hub.baseUrl();
  }

  PageMeta of(LabView lab) {
    String url = baseUrl + "/labs/" + lab.id();
    OrganisationView host = host(lab.hostOrganisationId());
    boolean research = host != null && "university".equals(host.type());
    JsonLd.Data data =
        JsonLd.of(research ? "ResearchOrganization" : "GovernmentOrganization")
            .put("name", lab.name())
            .put("alternateName", lab.shortName())
            .text("description", lab.description())
            .put("url", url)
            .put("sameAs", lab.website())
            .put("foundingDate", lab.foundedYear() == null ? null : lab.foundedYear().toString())
            .put("knowsLanguage", lab.languages())
            .put(
                "address",
                JsonLd.node("PostalAddress")
                    .put("addressCountry", lab.country())
                    .put("addressRegion", lab.region()));
    if (host != null) {
      data.put(
          "parentOrganization",
          JsonLd.node(research ? "CollegeOrUniversity" : "Organization")
              .put("name", host.name())
              .put("url", host.website()));
    }
    return PageMeta.of(lab.description(), "website", url, data);
  }

  private @Nullable OrganisationView host(@Nullable Long id) {
    return id == null ? null : labs.organisation(id);
  }
}
