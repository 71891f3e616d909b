package eu.digilabs.hub.labs;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import eu.digilabs.hub.Fixtures;
import eu.digilabs.hub.HubTest;
import eu.digilabs.hub.TestContent;
import eu.digilabs.hub.accounts.AccountService;
import eu.digilabs.hub.accounts.TestAccounts;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * A project naming another lab as partner shows the link only after an editor of that lab accepted
 * it on the lab page (or in the API); declined links are dropped; links within one lab are accepted
 * at once.
 */
@HubTest
class PartnerLinkTests {

  @Autowired MockMvc mvc;
  @Autowired ApplicationContext context;
  @Autowired LabService labs;
  @Autowired AccountService accounts;
  @Autowired LinkRequests links;

  record Lab(long id, String name, String editor) {}

  Lab lab(String name) {
    String editor = TestAccounts.member(context, "links-" + name + "@example.org");
    long id = TestContent.lab(context, Fixtures.lab("Links lab " + name));
    TestAccounts.inLab(context, id, editor, true);
    return new Lab(id, "Links lab " + name, editor);
  }

  /** A published project of the lead lab naming the partner labs, saved by the lead's editor. */
  long project(Lab lead, String title, long... partners) throws Exception {
    String token =
        "Bearer " + accounts.createToken(accounts.byEmail(lead.editor()).orElseThrow().id(), "t");
    String json =
        mvc.perform(
                post("/api/v1/projects")
                    .header("Authorization", token)
                    .contentType("application/json")
                    .content(
                        "{\"title\":\""
                            + title
                            + "\",\"leadLabId\":"
                            + lead.id()
                            + ",\"partnerLabIds\":"
                            + Arrays.toString(partners)
                            + "}"))
            .andExpect(status().isCreated())
            .andReturn()
            .getResponse()
            .getContentAsString();
    long id = Long.parseLong(json.replaceAll("(?s)^\\{\"id\":(\\d+).*", "$1"));
    mvc.perform(post("/api/v1/projects/" + id + "/publish").header("Authorization", token))
        .andExpect(status().isOk());
    return id;
  }

  long requestId(Lab lab) {
    List<LabLinks.Request> waiting =
        TestAccounts.acting(context, lab.editor(), () -> links.pendingFor(lab.id()));
    return waiting.get(waiting.size() - 1).id();
  }

  @Test
  void aPartnerLabIsShownOnlyAfterItsEditorAccepted() throws Exception {
    Lab lead = lab("lead");
    Lab partner = lab("partner");
    Lab stranger = lab("stranger");
    long project = project(lead, "Shared chatbot pilot", partner.id(), lead.id());
    mvc.perform(get("/api/v1/projects/" + project))
        .andExpect(jsonPath("$.partnerLabs['" + partner.id() + "']").doesNotExist())
        .andExpect(jsonPath("$.partnerLabs['" + lead.id() + "']").value(lead.name()));
    mvc.perform(get("/labs/" + partner.id()).param("lang", "en"))
        .andExpect(content().string(not(containsString("Shared chatbot pilot"))));
    mvc.perform(
            get("/labs/" + partner.id())
                .param("lang", "en")
                .with(TestAccounts.as(context, partner.editor())))
        .andExpect(content().string(containsString("Links waiting for your answer")))
        .andExpect(content().string(containsString("Shared chatbot pilot")));
    mvc.perform(get("/api/v1/labs/" + partner.id() + "/links"))
        .andExpect(jsonPath("$", hasSize(0)));
    long request = requestId(partner);
    String accept = "/labs/" + partner.id() + "/links/project-partner/" + request + "/accept";
    mvc.perform(post(accept).with(csrf())).andExpect(redirectedUrl("/login"));
    mvc.perform(post(accept).with(csrf()).with(TestAccounts.as(context, stranger.editor())))
        .andExpect(status().isForbidden());
    mvc.perform(post(accept).with(csrf()).with(TestAccounts.as(context, lead.editor())))
        .andExpect(status().isForbidden());
    mvc.perform(post(accept).with(csrf()).with(TestAccounts.as(context, partner.editor())))
        .andExpect(status().is3xxRedirection());
    mvc.perform(get("/api/v1/projects/" + project))
        .andExpect(jsonPath("$.partnerLabs['" + partner.id() + "']").value(partner.name()));
    mvc.perform(get("/labs/" + partner.id()).param("lang", "en"))
        .andExpect(content().string(containsString("Shared chatbot pilot")));
  }

  @Test
  void aDeclinedPartnerLinkIsDroppedAndAPartnerEditorLinksAtOnce() throws Exception {
    Lab lead = lab("decline-lead");
    Lab partner = lab("decline-partner");
    long project = project(lead, "Declined registry pilot", partner.id());
    String token =
        "Bearer "
            + accounts.createToken(accounts.byEmail(partner.editor()).orElseThrow().id(), "t");
    mvc.perform(
            post("/api/v1/labs/"
                    + partner.id()
                    + "/links/project-partner/"
                    + requestId(partner)
                    + "/decline")
                .header("Authorization", token))
        .andExpect(status().isNoContent());
    mvc.perform(get("/api/v1/labs/" + partner.id() + "/links").header("Authorization", token))
        .andExpect(jsonPath("$", hasSize(0)));
    mvc.perform(get("/api/v1/projects/" + project))
        .andExpect(jsonPath("$.partnerLabs['" + partner.id() + "']").doesNotExist());
    TestAccounts.inLab(context, lead.id(), partner.editor(), true);
    long both = project(new Lab(lead.id(), lead.name(), partner.editor()), "Joint", partner.id());
    mvc.perform(get("/api/v1/projects/" + both))
        .andExpect(jsonPath("$.partnerLabs['" + partner.id() + "']").value(partner.name()));
  }

  String token(String email) {
    return "Bearer " + accounts.createToken(accounts.byEmail(email).orElseThrow().id(), "t");
  }

  long created(ResultActions result) throws Exception {
    String json =
        result.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
    return Long.parseLong(json.replaceAll("(?s)^\\{\"id\":(\\d+).*", "$1"));
  }

  @Test
  void anArticleOrFailureReportNamesAnotherLabOrItsProjectOnlyOnceAccepted() throws Exception {
    Lab writer = lab("article-writer");
    Lab named = lab("article-named");
    long project =
        TestContent.publishedProject(
            context, Fixtures.project("Named lab's project " + named.id(), named.id(), null));
    long article =
        created(
            mvc.perform(
                post("/api/v1/articles")
                    .header("Authorization", token(writer.editor()))
                    .contentType("application/json")
                    .content(
                        "{\"title\":\"Lessons from a partner\",\"kind\":\"guide\",\"labId\":"
                            + writer.id()
                            + ",\"labIds\":["
                            + named.id()
                            + "],\"projectIds\":["
                            + project
                            + "]}")));
    mvc.perform(get("/api/v1/articles/" + article).header("Authorization", token(writer.editor())))
        .andExpect(jsonPath("$.labIds", hasSize(0)))
        .andExpect(jsonPath("$.projectIds", hasSize(0)));
    long report =
        created(
            mvc.perform(
                post("/api/v1/failure-reports")
                    .header("Authorization", token(writer.editor()))
                    .contentType("application/json")
                    .content(
                        "{\"title\":\"Pilot stalled\",\"tried\":\"T\",\"wentWrong\":\"W\","
                            + "\"causes\":[\"other\"],\"labId\":"
                            + writer.id()
                            + ",\"projectId\":"
                            + project
                            + "}")));
    mvc.perform(
            get("/api/v1/failure-reports/" + report)
                .header("Authorization", token(writer.editor())))
        .andExpect(jsonPath("$.projectId").doesNotExist());
    String answerer = token(named.editor());
    String list =
        mvc.perform(get("/api/v1/labs/" + named.id() + "/links").header("Authorization", answerer))
            .andExpect(jsonPath("$", hasSize(3)))
            .andReturn()
            .getResponse()
            .getContentAsString();
    for (String kind : List.of("article-lab", "article-project", "failure-project")) {
      String id = list.replaceAll("(?s).*\\{\"kind\":\"" + kind + "\",\"id\":(\\d+).*", "$1");
      mvc.perform(
              post("/api/v1/labs/" + named.id() + "/links/" + kind + "/" + id + "/accept")
                  .header("Authorization", answerer))
          .andExpect(status().isNoContent());
    }
    mvc.perform(get("/api/v1/articles/" + article).header("Authorization", token(writer.editor())))
        .andExpect(jsonPath("$.labIds[0]").value(named.id()))
        .andExpect(jsonPath("$.projectIds[0]").value(project));
    mvc.perform(
            get("/api/v1/failure-reports/" + report)
                .header("Authorization", token(writer.editor())))
        .andExpect(jsonPath("$.projectId").value(project));
  }
}
