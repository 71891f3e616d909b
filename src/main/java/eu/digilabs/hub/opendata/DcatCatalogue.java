package eu.digilabs.hub.opendata;

import eu.digilabs.hub.shared.HubProperties;
import eu.digilabs.hub.web.Languages;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.apache.jena.vocabulary.VCARD4;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The hub's datasets as a DCAT-AP 3.0 catalogue: one {@code dcat:Dataset} per {@link OpenDataset}
 * with its titles and descriptions in every interface language, and one {@code dcat:Distribution}
 * per exported file with its size and SHA-256. Controlled values come from the EU's authority
 * tables (data themes, countries, file types, frequencies, languages).
 */
@Component
public class DcatCatalogue {

  static final String AUTHORITY = "http://publications.europa.eu/resource/authority/";
  static final String SPDX = "http://spdx.org/rdf/terms#";
  static final String FOAF = "http://xmlns.com/foaf/0.1/";
  private static final Property HOMEPAGE = ResourceFactory.createProperty(FOAF, "homepage");
  private static final Property NAME = ResourceFactory.createProperty(FOAF, "name");
  private static final Resource AGENT = ResourceFactory.createResource(FOAF + "Agent");
  private static final Resource DOCUMENT = ResourceFactory.createResource(FOAF + "Document");
  private static final Resource CHECKSUM_ALGORITHM =
      ResourceFactory.createResource(SPDX + "ChecksumAlgorithm");
  private static final Property CHECKSUM = ResourceFactory.createProperty(SPDX, "checksum");
  private static final Property ALGORITHM = ResourceFactory.createProperty(SPDX, "algorithm");
  private static final Property CHECKSUM_VALUE =
      ResourceFactory.createProperty(SPDX, "checksumValue");

  /** The English labels of the EU's data themes, as its authority table gives them. */
  static final Map<String, String> THEMES =
      Map.ofEntries(
          Map.entry("AGRI", "Agriculture, fisheries, forestry and food"),
          Map.entry("ECON", "Economy and finance"),
          Map.entry("EDUC", "Education, culture and sport"),
          Map.entry("ENER", "Energy"),
          Map.entry("ENVI", "Environment"),
          Map.entry("GOVE", "Government and public sector"),
          Map.entry("HEAL", "Health"),
          Map.entry("INTR", "International issues"),
          Map.entry("JUST", "Justice, legal system and public safety"),
          Map.entry("OP_DATPRO", "Provisional data"),
          Map.entry("REGI", "Regions and cities"),
          Map.entry("SOCI", "Population and society"),
          Map.entry("TECH", "Science and technology"),
          Map.entry("TRAN", "Transport"));

  private final OpenDataExports exports;
  private final OpenDataProperties settings;
  private final MessageSource messages;
  private final String baseUrl;

  DcatCatalogue(
      OpenDataExports exports,
      OpenDataProperties settings,
      MessageSource messages,
      HubProperties hub) {
    this.exports = exports;
    this.settings = settings;
    this.messages = messages;
    this.baseUrl = hub.baseUrl();
  }

  /** The catalogue as it stands: datasets not yet exported are described without files. */
  public Model model() {
    Model model = ModelFactory.createDefaultModel();
    model.setNsPrefix("dcat", DCAT.NS);
    model.setNsPrefix("dct", DCTerms.NS);
    model.setNsPrefix("foaf", FOAF);
    model.setNsPrefix("vcard", VCARD4.NS);
    model.setNsPrefix("spdx", SPDX);
    model.setNsPrefix("skos", SKOS.uri);

    Resource publisher = publisher(model);
    Resource licence =
        model.createResource(settings.licenceUrl()).addProperty(RDF.type, DCTerms.LicenseDocument);
    Resource catalogue =
        model
            .createResource(baseUrl + "/catalog")
            .addProperty(RDF.type, DCAT.Catalog)
            .addProperty(DCTerms.publisher, publisher)
            .addProperty(DCTerms.license, licence)
            .addProperty(HOMEPAGE, homepage(model, baseUrl + "/open-data"));
    texts(model, catalogue, "opendata.catalogue");
    for (String language : Languages.codes()) {
      catalogue.addProperty(
          DCTerms.language,
          authority(model, "language", iso3Language(language))
              .addProperty(RDF.type, DCTerms.LinguisticSystem));
    }
    Instant latest = Instant.EPOCH;
    for (OpenDataset dataset : exports.datasets()) {
      Resource described = dataset(model, dataset, publisher, licence);
      catalogue.addProperty(DCAT.dataset, described);
      latest =
          exports
              .export(dataset.name())
              .map(Export::generated)
              .filter(latest::isBefore)
              .orElse(latest);
    }
    if (latest.isAfter(Instant.EPOCH)) {
      catalogue.addProperty(DCTerms.modified, dateTime(model, latest));
    }
    return model;
  }

  private Resource dataset(Model model, OpenDataset dataset, Resource publisher, Resource licence) {
    Resource resource =
        model
            .createResource(exports.datasetIri(dataset.name()))
            .addProperty(RDF.type, DCAT.Dataset)
            .addProperty(DCTerms.identifier, dataset.name())
            .addProperty(DCTerms.publisher, publisher)
            .addProperty(DCAT.contactPoint, contact(model))
            .addProperty(
                DCAT.landingPage, homepage(model, baseUrl + "/open-data#" + dataset.name()))
            .addProperty(
                DCTerms.accrualPeriodicity,
                authority(model, "frequency", "DAILY").addProperty(RDF.type, DCTerms.Frequency));
    texts(model, resource, "opendata.dataset." + dataset.name());
    for (String language : Languages.codes()) {
      String keywords = message("opendata.dataset." + dataset.name() + ".keywords", language);
      Arrays.stream(keywords.split(","))
          .map(String::strip)
          .filter(keyword -> !keyword.isEmpty())
          .forEach(keyword -> resource.addProperty(DCAT.keyword, keyword, language));
    }
    for (String theme : dataset.themes()) {
      resource.addProperty(
          DCAT.theme,
          authority(model, "data-theme", theme)
              .addProperty(RDF.type, SKOS.Concept)
              .addProperty(SKOS.prefLabel, THEMES.getOrDefault(theme, theme), "en"));
    }
    exports
        .export(dataset.name())
        .ifPresent(export -> describeExport(model, resource, export, licence));
    return resource;
  }

  private void describeExport(Model model, Resource dataset, Export export, Resource licence) {
    dataset.addProperty(DCTerms.modified, dateTime(model, export.generated()));
    for (String country : export.countries()) {
      String alpha3 = alpha3(country);
      if (!alpha3.isEmpty()) {
        dataset.addProperty(
            DCTerms.spatial,
            authority(model, "country", alpha3).addProperty(RDF.type, DCTerms.Location));
      }
    }
    if (export.from() != null && export.to() != null) {
      dataset.addProperty(
          DCTerms.temporal,
          model
              .createResource()
              .addProperty(RDF.type, DCTerms.PeriodOfTime)
              .addProperty(DCAT.startDate, date(model, export.from()))
              .addProperty(DCAT.endDate, date(model, export.to())));
    }
    for (Export.File file : export.files()) {
      String download = baseUrl + "/open-data/" + file.name();
      Resource distribution =
          model
              .createResource(download + "#distribution")
              .addProperty(RDF.type, DCAT.Distribution)
              .addProperty(DCTerms.title, file.name())
              .addProperty(DCAT.accessURL, address(model, baseUrl + "/open-data"))
              .addProperty(DCAT.downloadURL, address(model, download))
              .addProperty(
                  DCAT.mediaType,
                  model
                      .createResource(
                          "http://www.iana.org/assignments/media-types/"
                              + file.format().mediaType())
                      .addProperty(RDF.type, DCTerms.MediaType))
              .addProperty(
                  DCTerms.format,
                  authority(model, "file-type", file.format().euFormat())
                      .addProperty(RDF.type, DCTerms.MediaTypeOrExtent))
              .addProperty(DCTerms.license, licence)
              .addProperty(DCTerms.modified, dateTime(model, export.generated()))
              .addLiteral(
                  DCAT.byteSize,
                  model.createTypedLiteral(
                      Long.toString(file.bytes()), XSDDatatype.XSDnonNegativeInteger))
              .addProperty(
                  CHECKSUM,
                  model
                      .createResource()
                      .addProperty(RDF.type, model.createResource(SPDX + "Checksum"))
                      .addProperty(
                          ALGORITHM,
                          model
                              .createResource(SPDX + "checksumAlgorithm_sha256")
                              .addProperty(RDF.type, CHECKSUM_ALGORITHM))
                      .addProperty(
                          CHECKSUM_VALUE,
                          model.createTypedLiteral(file.sha256(), XSDDatatype.XSDhexBinary)));
      texts(
          model, distribution, "opendata.format." + file.format().name().toLowerCase(Locale.ROOT));
      dataset.addProperty(DCAT.distribution, distribution);
    }
  }

  private Resource publisher(Model model) {
    return model
        .createResource(baseUrl + "/#publisher")
        .addProperty(RDF.type, AGENT)
        .addProperty(NAME, settings.publisher());
  }

  private Resource contact(Model model) {
    return model
        .createResource(baseUrl + "/#contact")
        .addProperty(RDF.type, VCARD4.Kind)
        .addProperty(RDF.type, VCARD4.Organization)
        .addProperty(VCARD4.fn, settings.publisher())
        .addProperty(VCARD4.hasEmail, model.createResource("mailto:" + settings.contactEmail()));
  }

  private void texts(Model model, Resource resource, String key) {
    for (String language : Languages.codes()) {
      resource.addProperty(DCTerms.title, message(key + ".title", language), language);
      resource.addProperty(DCTerms.description, message(key + ".description", language), language);
    }
  }

  private String message(String key, String language) {
    return messages.getMessage(key, null, Locale.forLanguageTag(language));
  }

  /** An address of the hub, typed as the shapes expect of access and download addresses. */
  private static Resource address(Model model, String url) {
    return model.createResource(url).addProperty(RDF.type, RDFS.Resource);
  }

  private static Resource homepage(Model model, String url) {
    return model.createResource(url).addProperty(RDF.type, DOCUMENT);
  }

  private static Resource authority(Model model, String table, String code) {
    return model.createResource(AUTHORITY + table + "/" + code);
  }

  private static Literal dateTime(Model model, Instant instant) {
    return model.createTypedLiteral(instant.toString(), XSDDatatype.XSDdateTime);
  }

  private static Literal date(Model model, LocalDate date) {
    return model.createTypedLiteral(date.toString(), XSDDatatype.XSDdate);
  }

  /** The ISO 3166 alpha-3 code the EU's country table uses; empty for an unknown code. */
  static String alpha3(String alpha2) {
    try {
      return new Locale("", alpha2).getISO3Country();
    } catch (MissingResourceException e) {
      return "";
    }
  }

  /** The ISO 639-3 code the EU's language table uses, in upper case. */
  static String iso3Language(String language) {
    return Locale.forLanguageTag(language).getISO3Language().toUpperCase(Locale.ROOT);
  }
}
