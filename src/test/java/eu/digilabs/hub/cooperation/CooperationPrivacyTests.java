package eu.digilabs.hub.cooperation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import eu.digilabs.hub.Fixtures;
import eu.digilabs.hub.HubTest;
import eu.digilabs.hub.TestContent;
import eu.digilabs.hub.TestPages;
import eu.digilabs.hub.accounts.AccountService;
import eu.digilabs.hub.accounts.TestAccounts;
import eu.digilabs.hub.labs.LabCommand;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Follows, notification settings, notices, digests, posts, questions and messages to labs in
 * "download my data" and "delete my account": what is personal goes, posts and questions stay and
 * name a former member. A lab's contact address is never shown to the people who write to it.
 */
@HubTest
class CooperationPrivacyTests {

  @Autowired MockMvc mvc;
  @Autowired ApplicationContext context;
  @Autowired JdbcClient jdbc;
  @Autowired AccountService accounts;

  @Test
  void theDownloadHoldsCooperationDataAndDeletionKeepsOnlyWhatOthersBuiltOn() throws Exception {
    String tag = UUID.randomUUID().toString().substring(0, 8);
    String me = TestAccounts.member(context, "coop-me-" + tag + "@example.org");
    String editor = TestAccounts.member(context, "coop-editor-" + tag + "@example.org");
    String address = "coop-lab-" + tag + "@example.org";
    long lab = TestContent.lab(context, withContact(Fixtures.lab("Coop lab " + tag), address));
    TestAccounts.inLab(context, lab, editor, true);
    long project =
        TestContent.publishedProject(
            context, Fixtures.project("Coop project " + tag, lab, List.of()));
    mvc.perform(
            post("/follows")
                .param("item", "lab:" + lab)
                .with(csrf())
                .with(TestAccounts.as(context, me)))
        .andExpect(status().is3xxRedirection());
    mvc.perform(
            post("/discussions/posts")
                .param("item", "project:" + project)
                .param("body", "My post " + tag)
                .with(csrf())
                .with(TestAccounts.as(context, me)))
        .andExpect(status().is3xxRedirection());
    mvc.perform(
            post("/questions")
                .param("title", "My question about dog licences " + tag)
                .with(csrf())
                .with(TestAccounts.as(context, me)))
        .andExpect(status().is3xxRedirection());
    for (String viewer : new String[] {null, me}) {
      assertThat(TestPages.html(mvc, context, viewer, "/labs/" + lab)).doesNotContain(address);
      assertThat(TestPages.html(mvc, context, viewer, "/labs/" + lab + "/contact"))
          .doesNotContain(address);
    }
    assertThat(TestPages.html(mvc, context, null, "/api/v1/labs/" + lab)).doesNotContain(address);
    assertThat(TestPages.html(mvc, context, null, "/api/v1/labs?size=100")).doesNotContain(address);
    assertThat(TestPages.html(mvc, context, editor, "/labs/" + lab)).contains(address);
    mvc.perform(
            post("/labs/" + lab + "/contact")
                .param("subject", "Hello " + tag)
                .param("message", "Can we visit you?")
                .with(csrf())
                .with(TestAccounts.as(context, me)))
        .andExpect(redirectedUrl("/profile/sent"));
    assertThat(TestPages.html(mvc, context, me, "/profile/sent")).contains("Hello " + tag);
    assertThat(
            jdbc.sql("select reply_to from outbox_mail where recipient = ?")
                .param(address)
                .query(String.class)
                .list())
        .containsExactly(me);
    assertThat(TestPages.html(mvc, context, editor, "/profile/sent"))
        .doesNotContain("Hello " + tag);

    String json =
        mvc.perform(get("/profile/data").with(TestAccounts.as(context, me)))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(json)
        .contains("\"follows\"", "\"item\":\"lab:" + lab + "\"", "\"settings\"", "\"WEEKLY\"")
        .contains("\"discussions\"", "My post " + tag)
        .contains("\"questions\"", "My question about dog licences " + tag)
        .contains("\"contactRequests\"", "Hello " + tag)
        .doesNotContain("token_hash", "tokenHash");

    long id = accounts.byEmail(me).orElseThrow().id();
    mvc.perform(
            post("/profile/delete")
                .param("password", "member-password-1")
                .with(csrf())
                .with(TestAccounts.as(context, me)))
        .andExpect(redirectedUrl("/account-deleted"));
    for (String table :
        List.of("follow", "notice", "notification_settings", "digest", "unsubscribe_link")) {
      assertThat(count("select count(*) from " + table + " where account_id = ?", id))
          .as(table)
          .isZero();
    }
    assertThat(count("select count(*) from contact_request where sender_id = ?", id)).isZero();
    assertThat(count("select count(*) from post where author_id = ?", id)).isZero();
    assertThat(TestPages.html(mvc, context, null, "/projects/" + project))
        .contains("My post " + tag, "former member");
    assertThat(TestPages.html(mvc, context, null, "/questions"))
        .contains("My question about dog licences " + tag);
  }

  private static LabCommand withContact(LabCommand c, String address) {
    return new LabCommand(
        c.name(),
        c.shortName(),
        c.description(),
        c.country(),
        c.region(),
        c.level(),
        c.hostOrganisationId(),
        c.foundedYear(),
        c.website(),
        address,
        c.policyAreas(),
        c.methods(),
        c.languages(),
        c.status(),
        c.version());
  }

  private long count(String sql, long id) {
    return jdbc.sql(sql).param(id).query(Long.class).single();
  }
}
