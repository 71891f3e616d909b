package eu.digilabs.hub.reuse;

import eu.digilabs.hub.shared.HubProperties;
import java.util.Locale;
import java.util.MissingResourceException;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The published solutions as ADMS-AP, the vocabulary Joinup describes interoperability solutions
 * in: a {@code dcat:Catalog} of {@code adms:Asset}s, each with its status, publisher, licence,
 * version and one {@code adms:AssetDistribution} (its page).
 */
@Component
public class SolutionAdms {

  static final String ADMS = "http://www.w3.org/ns/adms#";
  static final String FOAF = "http://xmlns.com/foaf/0.1/";
  private static final Resource ASSET = ResourceFactory.createResource(ADMS + "Asset");
  private static final Resource DISTRIBUTION =
      ResourceFactory.createResource(ADMS + "AssetDistribution");
  private static final Property STATUS = ResourceFactory.createProperty(ADMS, "status");
  private static final Property NAME = ResourceFactory.createProperty(FOAF, "name");
  private static final int PAGE = 100;

  private final SolutionService solutions;
  private final String baseUrl;

  SolutionAdms(SolutionService solutions, HubProperties hub) {
    this.solutions = solutions;
    this.baseUrl = hub.baseUrl();
  }

  @Transactional(readOnly = true)
  public Model model() {
    Model model = ModelFactory.createDefaultModel();
    model.setNsPrefix("adms", ADMS);
    model.setNsPrefix("dcat", DCAT.NS);
    model.setNsPrefix("dct", DCTerms.NS);
    model.setNsPrefix("foaf", FOAF);
    Resource catalogue =
        model
            .createResource(baseUrl + "/solutions/adms")
            .addProperty(RDF.type, DCAT.Catalog)
            .addProperty(DCTerms.title, "Digilabs Hub: solutions for reuse", "en")
            .addProperty(DCTerms.title, "Digilabs Hub: Lösungen zur Nachnutzung", "de")
            .addProperty(
                DCTerms.description,
                "Solutions offered for reuse by Europe's public-sector digitalisation labs.",
                "en");
    for (int page = 0; ; page++) {
      var found = solutions.list(SolutionFilter.none(), page, PAGE);
      for (SolutionSummary solution : found.getContent()) {
        catalogue.addProperty(DCAT.dataset, asset(model, solution));
      }
      if (!found.hasNext()) {
        break;
      }
    }
    return model;
  }

  private Resource asset(Model model, SolutionSummary solution) {
    String page = baseUrl + "/solutions/" + solution.id();
    Resource asset =
        model
            .createResource(page)
            .addProperty(RDF.type, ASSET)
            .addProperty(DCTerms.identifier, "solution-" + solution.id())
            .addProperty(DCTerms.title, solution.name())
            .addProperty(STATUS, model.createResource(status(solution.status())))
            .addProperty(DCAT.landingPage, model.createResource(page))
            .addProperty(DCAT.keyword, solution.kind())
            .addProperty(
                DCTerms.modified,
                model.createTypedLiteral(solution.updatedAt().toString(), XSDDatatype.XSDdateTime));
    if (solution.shortDescription() != null) {
      asset.addProperty(DCTerms.description, solution.shortDescription());
    }
    if (solution.providerName() != null) {
      asset.addProperty(
          DCTerms.publisher,
          model
              .createResource(
                  solution.providerLabId() == null
                      ? page + "#provider"
                      : baseUrl + "/labs/" + solution.providerLabId())
              .addProperty(RDF.type, model.createResource(FOAF + "Agent"))
              .addProperty(NAME, solution.providerName()));
    }
    if (solution.softwareVersion() != null) {
      asset.addProperty(OWL.versionInfo, solution.softwareVersion());
    }
    if (solution.releaseDate() != null) {
      asset.addProperty(
          DCTerms.issued,
          model.createTypedLiteral(solution.releaseDate().toString(), XSDDatatype.XSDdate));
    }
    if (solution.country() != null) {
      String alpha3 = alpha3(solution.country());
      if (!alpha3.isEmpty()) {
        asset.addProperty(
            DCTerms.spatial,
            model.createResource(
                "http://publications.europa.eu/resource/authority/country/" + alpha3));
      }
    }
    Resource distribution =
        model
            .createResource(page + "#distribution")
            .addProperty(RDF.type, DISTRIBUTION)
            .addProperty(DCAT.accessURL, model.createResource(page));
    if (solution.licence() != null) {
      distribution.addProperty(
          DCTerms.license,
          model
              .createResource(
                  solution.licence().matches("[A-Za-z0-9.+-]+")
                      ? "https://spdx.org/licenses/" + solution.licence() + ".html"
                      : page + "#licence")
              .addProperty(RDF.type, DCTerms.LicenseDocument)
              .addProperty(DCTerms.title, solution.licence()));
    }
    asset.addProperty(DCAT.distribution, distribution);
    return asset;
  }

  /** The ADMS status of a solution's status code. */
  static String status(String code) {
    String status =
        switch (code) {
          case "in-development" -> "UnderDevelopment";
          case "retired" -> "Deprecated";
          default -> "Completed";
        };
    return "http://purl.org/adms/status/" + status;
  }

  static String alpha3(String alpha2) {
    try {
      return new Locale("", alpha2).getISO3Country();
    } catch (MissingResourceException e) {
      return "";
    }
  }
}
