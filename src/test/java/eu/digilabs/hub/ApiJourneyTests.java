package eu.digilabs.hub;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import eu.digilabs.hub.accounts.AccountService;
import eu.digilabs.hub.accounts.TestAccounts;
import java.util.UUID;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The REST API as a client with a personal token uses it. Runs on H2 here and on a real PostgreSQL
 * in {@link PostgresApiJourneyTests}.
 */
@HubTest
class ApiJourneyTests {

  @Autowired MockMvc mvc;
  @Autowired AccountService accounts;
  @Autowired ApplicationContext context;

  String tokenFor(String email) {
    return accounts.createToken(accounts.byEmail(email).orElseThrow().id(), "test");
  }

  String newMemberToken() {
    return tokenFor(TestAccounts.member(context, "member-" + UUID.randomUUID() + "@example.org"));
  }

  static MockHttpServletRequestBuilder json(
      MockHttpServletRequestBuilder request, String token, String body) {
    request.contentType(MediaType.APPLICATION_JSON).content(body);
    return token == null ? request : request.header("Authorization", "Bearer " + token);
  }

  long createLab(String token, String name) throws Exception {
    MvcResult result =
        mvc.perform(
                json(
                    post("/api/v1/labs"),
                    token,
                    "{\"name\":\"" + name + "\",\"country\":\"DE\",\"policyAreas\":[\"ozg-03\"]}"))
            .andExpect(status().isCreated())
            .andReturn();
    return ((Number) JsonPath.read(result.getResponse().getContentAsString(), "$.id")).longValue();
  }

  @Test
  void createsLabAndProjectReadsThemBackAndPublishes() throws Exception {
    String token = newMemberToken();
    long lab = createLab(token, "Reallabor Testhausen");
    mvc.perform(get("/api/v1/labs/" + lab))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.name").value("Reallabor Testhausen"))
        .andExpect(jsonPath("$.policyAreas[0]").value("ozg-03"));

    MvcResult created =
        mvc.perform(
                json(
                    post("/api/v1/projects"),
                    token,
                    """
                {"title":"Wohngeld digital","summary":"Wohngeld online beantragen","leadLabId":%d,
                 "technologies":["chatbot"],"status":"pilot","country":"DE","startDate":"2024-02-01",
                 "figures":[{"label":"Bearbeitungszeit","amount":-40,"unit":"%%"}],
                 "links":[{"label":"Portal","url":"https://example.org/wohngeld"}]}
                """
                        .formatted(lab)))
            .andExpect(status().isCreated())
            .andExpect(header().string("Location", Matchers.startsWith("/api/v1/projects/")))
            .andReturn();
    long project =
        ((Number) JsonPath.read(created.getResponse().getContentAsString(), "$.id")).longValue();

    mvc.perform(get("/api/v1/projects/" + project)).andExpect(status().isNotFound());
    mvc.perform(get("/api/v1/projects/" + project).header("Authorization", "Bearer " + token))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.published").value(false))
        .andExpect(jsonPath("$.figures[0].label").value("Bearbeitungszeit"))
        .andExpect(jsonPath("$.links[0].url").value("https://example.org/wohngeld"));

    mvc.perform(
            post("/api/v1/projects/" + project + "/publish")
                .header("Authorization", "Bearer " + token))
        .andExpect(status().isOk());
    mvc.perform(get("/api/v1/projects/" + project))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.title").value("Wohngeld digital"))
        .andExpect(jsonPath("$.leadLabId").value(lab));
    mvc.perform(get("/api/v1/projects").param("lab", Long.toString(lab)))
        .andExpect(jsonPath("$.items[*].title", hasItem("Wohngeld digital")));
    mvc.perform(get("/api/v1/projects/" + project + "/history"))
        .andExpect(jsonPath("$[*].action", hasItem("published")))
        .andExpect(jsonPath("$[*].action", hasItem("created")));
  }

  @Test
  void updatingFromAStaleVersionIsAConflict() throws Exception {
    String token = newMemberToken();
    long lab = createLab(token, "Konfliktlabor");
    String update = "{\"name\":\"Konfliktlabor 2\",\"country\":\"DE\",\"version\":0}";
    mvc.perform(json(put("/api/v1/labs/" + lab), token, update)).andExpect(status().isOk());
    mvc.perform(json(put("/api/v1/labs/" + lab), token, update))
        .andExpect(status().isConflict())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    mvc.perform(get("/api/v1/labs/" + lab)).andExpect(jsonPath("$.name").value("Konfliktlabor 2"));
  }

  @Test
  void invalidInputIsABadRequestNamingEachField() throws Exception {
    String token = newMemberToken();
    mvc.perform(
            json(
                post("/api/v1/labs"),
                token,
                "{\"name\":\"\",\"country\":\"DE\",\"foundedYear\":1700,\"contactEmail\":\"nope\"}"))
        .andExpect(status().isBadRequest())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(jsonPath("$.errors[*].field", hasItem("name")))
        .andExpect(jsonPath("$.errors[*].field", hasItem("foundedYear")))
        .andExpect(jsonPath("$.errors[*].field", hasItem("contactEmail")));
    mvc.perform(
            json(
                post("/api/v1/labs"),
                token,
                "{\"name\":\"Labor\",\"country\":\"XX\",\"policyAreas\":[\"nonsense\"]}"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[*].field", hasItem("country")))
        .andExpect(jsonPath("$.errors[*].field", hasItem("policyAreas")));
    mvc.perform(
            json(
                post("/api/v1/labs"),
                token,
                "{\"name\":\"Labor\",\"country\":\"DE\",\"foundedYear\":\"soon\"}"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("foundedYear"));
    mvc.perform(
            json(
                post("/api/v1/projects"),
                token,
                "{\"title\":\"x\",\"leadLabId\":1,\"figures\":[{\"label\":\"Huge\",\"amount\":1e30}]}"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("figures[0].amount"));
    mvc.perform(json(post("/api/v1/projects"), token, "{\"title\":\"Without a lab\"}"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("leadLabId"));
    mvc.perform(json(post("/api/v1/labs"), token, "{not json"))
        .andExpect(status().isBadRequest())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    assertThat(
            mvc.perform(get("/api/v1/labs").param("q", "Labor").param("size", "100"))
                .andReturn()
                .getResponse()
                .getContentAsString())
        .doesNotContain("\"name\":\"Labor\"");
  }

  @Test
  void unknownIdsAreNotFound() throws Exception {
    mvc.perform(get("/api/v1/projects/987654"))
        .andExpect(status().isNotFound())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    mvc.perform(get("/api/v1/labs/987654")).andExpect(status().isNotFound());
    mvc.perform(get("/api/v1/taxonomies/nonsense")).andExpect(status().isNotFound());
  }

  @Test
  void writesWithoutAValidTokenAreUnauthorized() throws Exception {
    mvc.perform(json(post("/api/v1/labs"), null, "{\"name\":\"x\",\"country\":\"DE\"}"))
        .andExpect(status().isUnauthorized())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    mvc.perform(json(post("/api/v1/labs"), "dlh_made-up", "{\"name\":\"x\",\"country\":\"DE\"}"))
        .andExpect(status().isUnauthorized());
    String email = TestAccounts.member(context, "revoked-" + UUID.randomUUID() + "@example.org");
    long account = accounts.byEmail(email).orElseThrow().id();
    String token = accounts.createToken(account, "soon revoked");
    accounts.revokeToken(account, accounts.tokens(account).get(0).id());
    mvc.perform(json(post("/api/v1/labs"), token, "{\"name\":\"x\",\"country\":\"DE\"}"))
        .andExpect(status().isUnauthorized());
  }

  @Test
  void anotherLabsProjectIsForbidden() throws Exception {
    String token = newMemberToken();
    MvcResult list = mvc.perform(get("/api/v1/projects").param("q", "BAföG")).andReturn();
    long bafoeg =
        ((Number) JsonPath.read(list.getResponse().getContentAsString(), "$.items[0].id"))
            .longValue();
    mvc.perform(
            json(
                put("/api/v1/projects/" + bafoeg), token, "{\"title\":\"Hijacked\",\"version\":0}"))
        .andExpect(status().isForbidden())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    mvc.perform(delete("/api/v1/projects/" + bafoeg).header("Authorization", "Bearer " + token))
        .andExpect(status().isForbidden());
    mvc.perform(get("/api/v1/projects/" + bafoeg))
        .andExpect(jsonPath("$.title").value("BAföG Digital"));
  }

  @Test
  void listsFilterCombineAndPaginate() throws Exception {
    mvc.perform(get("/api/v1/projects").param("technology", "chatbot").param("country", "DE"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.items[*].title", hasItem("Chatbot für Bürgeranfragen")));
    mvc.perform(get("/api/v1/projects").param("technology", "chatbot").param("country", "CH"))
        .andExpect(jsonPath("$.total").value(0));
    mvc.perform(
            get("/api/v1/projects").param("size", "1").param("page", "1").param("sort", "title"))
        .andExpect(jsonPath("$.items.length()").value(1))
        .andExpect(jsonPath("$.page").value(1))
        .andExpect(jsonPath("$.size").value(1));
    mvc.perform(get("/api/v1/projects").param("service", "not-a-number"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("service"));
    mvc.perform(get("/api/v1/labs").param("country", "EE"))
        .andExpect(jsonPath("$.items[0].name").value("Estonian Digital State Lab"));
    mvc.perform(get("/api/v1/taxonomies/technology"))
        .andExpect(jsonPath("$[*].code", hasItem("machine-translation")));
    mvc.perform(get("/api/v1/taxonomies/public-services").param("q", "10056"))
        .andExpect(jsonPath("$[0].name").value("Ausbildungsförderung (BAföG)"));
  }

  @Test
  void openApiDocumentDescribesTheApi() throws Exception {
    mvc.perform(get("/v3/api-docs"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.openapi").value(Matchers.startsWith("3.1")))
        .andExpect(jsonPath("$.paths['/api/v1/projects']").exists())
        .andExpect(jsonPath("$.paths['/api/v1/labs/{id}']").exists());
  }
}
