package eu.digilabs.hub.reuse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import eu.digilabs.hub.HubTest;
import java.io.ByteArrayInputStream;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.json.JsonMapper;

/** The marketplace as Joinup reads it: every published solution an ADMS-AP asset. */
@HubTest
class SolutionAdmsTests {

  @Autowired MockMvc mvc;
  @Autowired JsonMapper json;

  Model read(String path, String accept, Lang lang) throws Exception {
    byte[] body =
        mvc.perform(get(path).header("Accept", accept))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsByteArray();
    Model model = ModelFactory.createDefaultModel();
    RDFDataMgr.read(model, new ByteArrayInputStream(body), lang);
    return model;
  }

  @Test
  void everyPublishedSolutionIsAnAdmsAssetWithStatusPublisherAndLicence() throws Exception {
    Model turtle = read("/solutions/adms", "text/turtle", Lang.TURTLE);
    Resource asset = turtle.createResource(SolutionAdms.ADMS + "Asset");
    var assets = turtle.listSubjectsWithProperty(RDF.type, asset).toList();
    long published =
        json.readTree(
                mvc.perform(get("/api/v1/solutions"))
                    .andReturn()
                    .getResponse()
                    .getContentAsByteArray())
            .get("total")
            .asLong();
    assertThat(assets).hasSize((int) published).isNotEmpty();
    for (Resource each : assets) {
      assertThat(each.hasProperty(DCTerms.title)).as(each.getURI()).isTrue();
      assertThat(each.hasProperty(turtle.createProperty(SolutionAdms.ADMS, "status"))).isTrue();
      assertThat(each.getPropertyResourceValue(DCAT.distribution)).isNotNull();
      assertThat(each.getURI()).matches("http://localhost:8080/solutions/\\d+");
    }
    assertThat(turtle.listResourcesWithProperty(RDF.type, DCAT.Catalog).toList()).hasSize(1);
    assertThat(read("/solutions/adms.jsonld", "*/*", Lang.JSONLD).isIsomorphicWith(turtle))
        .isTrue();
    assertThat(read("/solutions/adms", "application/rdf+xml", Lang.RDFXML).isIsomorphicWith(turtle))
        .isTrue();
  }

  @Test
  void statusesMapOntoAdmsStatuses() {
    assertThat(SolutionAdms.status("in-development"))
        .isEqualTo("http://purl.org/adms/status/UnderDevelopment");
    assertThat(SolutionAdms.status("retired")).isEqualTo("http://purl.org/adms/status/Deprecated");
    assertThat(SolutionAdms.status("in-operation"))
        .isEqualTo("http://purl.org/adms/status/Completed");
  }
}
