package eu.digilabs.hub.reuse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import eu.digilabs.hub.HubTest;
import eu.digilabs.hub.TestContent;
import eu.digilabs.hub.accounts.AccountService;
import eu.digilabs.hub.accounts.TestAccounts;
import eu.digilabs.hub.taxonomy.Catalogue;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The reuse marketplace through the API, as the "done" journey: a provider's editor
 * publishes a solution, a member of another lab declares interest, the provider moves it to live,
 * and visitors see it in the comparison for the public service; with 401, 403, 409 and field errors
 * on the way. Runs on H2 here and on PostgreSQL in {@link PostgresSolutionApiJourneyTests}.
 */
@HubTest
class SolutionApiJourneyTests {

  @Autowired MockMvc mvc;
  @Autowired AccountService accounts;
  @Autowired ApplicationContext context;
  @Autowired Catalogue catalogue;

  String token(String email) {
    return accounts.createToken(accounts.byEmail(email).orElseThrow().id(), "test");
  }

  static MockHttpServletRequestBuilder json(
      MockHttpServletRequestBuilder request, String token, String body) {
    request.contentType(MediaType.APPLICATION_JSON).content(body);
    return token == null ? request : request.header("Authorization", "Bearer " + token);
  }

  static long id(MvcResult result) throws Exception {
    return ((Number) JsonPath.read(result.getResponse().getContentAsString(), "$.id")).longValue();
  }

  static int version(MvcResult result) throws Exception {
    return JsonPath.read(result.getResponse().getContentAsString(), "$.version");
  }

  long bafoeg() {
    return catalogue.search("10056", 5).stream()
        .filter(s -> "10056".equals(s.key()))
        .findFirst()
        .orElseThrow()
        .id();
  }

  String solution(long lab, long service, String extra) {
    return """
        {"name":"BAföG Digital %s","shortDescription":"Apply for BAföG online",
         "providerLabId":%d,"kind":"online-service","operatingModel":"provider-hosted",
         "status":"in-operation","licence":"EUPL-1.2","maturity":3,"country":"DE",
         "region":"DE-ST","serviceIds":[%d],"readiness":["multi-tenant","support"]%s}
        """
        .formatted(UUID.randomUUID(), lab, service, extra);
  }

  @Test
  void providerPublishesAnotherLabTakesItUpAndVisitorsSeeItLive() throws Exception {
    String suffix = UUID.randomUUID().toString();
    String editor = TestAccounts.member(context, "provider-" + suffix + "@example.org");
    long providerLab = TestContent.labWithEditor(context, "Provider " + suffix, editor);
    String reuser = TestAccounts.member(context, "reuser-" + suffix + "@example.org");
    long reuserLab = TestContent.labWithEditor(context, "Reuser " + suffix, reuser);
    long service = bafoeg();

    MvcResult created =
        mvc.perform(
                json(post("/api/v1/solutions"), token(editor), solution(providerLab, service, "")))
            .andExpect(status().isCreated())
            .andExpect(jsonPath("$.published").value(false))
            .andExpect(jsonPath("$.openSource").value(true))
            .andExpect(jsonPath("$.readiness[0]").value("multi-tenant"))
            .andReturn();
    long solution = id(created);
    mvc.perform(get("/api/v1/solutions/" + solution)).andExpect(status().isNotFound());
    mvc.perform(json(post("/api/v1/solutions/" + solution + "/publish"), token(reuser), ""))
        .andExpect(status().isNotFound());
    mvc.perform(json(post("/api/v1/solutions/" + solution + "/publish"), token(editor), ""))
        .andExpect(status().isOk());

    MvcResult declared =
        mvc.perform(
                json(
                    post("/api/v1/solutions/" + solution + "/uptakes"),
                    token(reuser),
                    "{\"reuserLabId\":%d,\"region\":\"DE-SL\",\"note\":\"We want it\"}"
                        .formatted(reuserLab)))
            .andExpect(status().isCreated())
            .andExpect(jsonPath("$.stage").value("interested"))
            .andExpect(jsonPath("$.country").value("DE"))
            .andReturn();
    long uptake = id(declared);
    mvc.perform(get("/api/v1/solutions/" + solution + "/uptakes"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.length()").value(0));
    mvc.perform(
            json(
                post("/api/v1/uptakes/" + uptake + "/stage"),
                token(reuser),
                "{\"stage\":\"live\",\"version\":%d}".formatted(version(declared))))
        .andExpect(status().isForbidden());

    int v = version(declared);
    for (String stage : new String[] {"in-agreement", "onboarding", "live"}) {
      MvcResult moved =
          mvc.perform(
                  json(
                      post("/api/v1/uptakes/" + uptake + "/stage"),
                      token(editor),
                      "{\"stage\":\"%s\",\"note\":\"ok\",\"version\":%d}".formatted(stage, v)))
              .andExpect(status().isOk())
              .andExpect(jsonPath("$.stage").value(stage))
              .andReturn();
      v = version(moved);
    }
    mvc.perform(
            json(
                post("/api/v1/uptakes/" + uptake + "/stage"),
                token(editor),
                "{\"stage\":\"onboarding\",\"version\":%d}".formatted(v)))
        .andExpect(status().isBadRequest())
        .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
        .andExpect(jsonPath("$.errors[0].field").value("stage"));
    mvc.perform(
            json(
                post("/api/v1/uptakes/" + uptake + "/stage"),
                token(editor),
                "{\"stage\":\"ended\",\"version\":%d}".formatted(v - 1)))
        .andExpect(status().isConflict());

    mvc.perform(get("/api/v1/solutions/" + solution + "/uptakes"))
        .andExpect(jsonPath("$[0].reuserName").value("Reuser " + suffix))
        .andExpect(jsonPath("$[0].region").value("DE-SL"))
        .andExpect(jsonPath("$[0].steps[*].note", not(hasItem("We want it"))));
    mvc.perform(get("/api/v1/services/" + service + "/solutions"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.service.key").value("10056"))
        .andExpect(jsonPath("$.solutions[?(@.id == %d)].statesLive".formatted(solution)).value(1));
  }

  @Test
  void writesNeedTheRightAndAnswerWithFieldErrors() throws Exception {
    String suffix = UUID.randomUUID().toString();
    String editor = TestAccounts.member(context, "provider-" + suffix + "@example.org");
    long lab = TestContent.labWithEditor(context, "Provider " + suffix, editor);
    String outsider = TestAccounts.member(context, "outsider-" + suffix + "@example.org");

    mvc.perform(json(post("/api/v1/solutions"), null, solution(lab, bafoeg(), "")))
        .andExpect(status().isUnauthorized());
    mvc.perform(json(post("/api/v1/solutions"), token(outsider), solution(lab, bafoeg(), "")))
        .andExpect(status().isForbidden());
    mvc.perform(
            json(
                post("/api/v1/solutions"),
                token(editor),
                """
                {"name":"Broken","providerLabId":%d,"kind":"gadget","status":"available",
                 "licence":"Apache License, Version 2.0","operatingModel":"self-hosted",
                 "region":"DE-BY","country":"AT","serviceIds":[987654321]}
                """
                    .formatted(lab)))
        .andExpect(status().isBadRequest())
        .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
        .andExpect(jsonPath("$.errors[*].field", hasItem("kind")))
        .andExpect(jsonPath("$.errors[*].field", hasItem("licence")))
        .andExpect(jsonPath("$.errors[*].field", hasItem("region")))
        .andExpect(jsonPath("$.errors[*].field", hasItem("serviceIds")));

    MvcResult created =
        mvc.perform(json(post("/api/v1/solutions"), token(editor), solution(lab, bafoeg(), "")))
            .andExpect(status().isCreated())
            .andReturn();
    long solution = id(created);
    String body = created.getResponse().getContentAsString();
    String changed = solution(lab, bafoeg(), ",\"version\":" + version(created));
    mvc.perform(json(put("/api/v1/solutions/" + solution), token(editor), changed))
        .andExpect(status().isOk());
    mvc.perform(json(put("/api/v1/solutions/" + solution), token(editor), changed))
        .andExpect(status().isConflict());
    mvc.perform(
            get("/api/v1/solutions/" + solution + "/history")
                .header("Authorization", "Bearer " + token(editor)))
        .andExpect(jsonPath("$[0].action").value("updated"))
        .andExpect(jsonPath("$[0].fields", hasItem("name")));
    assertThat(body).contains("\"licenceFamily\"");
  }
}
