package eu.digilabs.hub.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import eu.digilabs.hub.HubTest;
import eu.digilabs.hub.TestContent;
import eu.digilabs.hub.TestPages;
import eu.digilabs.hub.accounts.TestAccounts;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The follow button without and with htmx, who sees follow counts (the lab's editors only), and
 * what visitors and bad keys get.
 */
@HubTest
class FollowPagesTests {

  @Autowired MockMvc mvc;
  @Autowired ApplicationContext context;

  @Test
  void aMemberFollowsALabByFormOrHtmxAndOnlyItsEditorSeesTheCount() throws Exception {
    String tag = UUID.randomUUID().toString().substring(0, 8);
    String editor = TestAccounts.member(context, "editor-" + tag + "@example.org");
    String member = TestAccounts.member(context, "member-" + tag + "@example.org");
    long lab = TestContent.labWithEditor(context, "Followed lab " + tag, editor);

    mvc.perform(
            post("/follows")
                .param("item", "lab:" + lab)
                .param("back", "/labs/" + lab)
                .with(csrf())
                .with(TestAccounts.as(context, member)))
        .andExpect(redirectedUrl("/labs/" + lab));
    String fragment =
        mvc.perform(
                post("/follows/delete")
                    .param("item", "lab:" + lab)
                    .param("back", "/labs/" + lab)
                    .header("HX-Request", "true")
                    .with(csrf())
                    .with(TestAccounts.as(context, member)))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(fragment).contains("class=\"follow\"", "Follow").doesNotContain("<html");
    mvc.perform(
            post("/follows")
                .param("item", "lab:" + lab)
                .param("back", "https://evil.example/")
                .with(csrf())
                .with(TestAccounts.as(context, member)))
        .andExpect(redirectedUrl("/following"));

    assertThat(TestPages.html(mvc, context, member, "/labs/" + lab))
        .contains("Unfollow")
        .doesNotContain("Followed by");
    assertThat(TestPages.html(mvc, context, editor, "/labs/" + lab))
        .contains("Followed by 1 members");
    assertThat(TestPages.html(mvc, context, null, "/labs/" + lab))
        .contains("Sign in to follow this")
        .doesNotContain("Followed by");
    assertThat(TestPages.html(mvc, context, member, "/following")).contains("Followed lab " + tag);
  }

  @Test
  void visitorsAreAskedToSignInAndUnknownItemsAreRefused() throws Exception {
    mvc.perform(post("/follows").param("item", "lab:1").with(csrf()))
        .andExpect(redirectedUrl("/login"));
    mvc.perform(get("/activity")).andExpect(redirectedUrl("/login"));
    mvc.perform(get("/following")).andExpect(redirectedUrl("/login"));
    String member = TestAccounts.member(context, "unknown-" + UUID.randomUUID() + "@example.org");
    for (String item : new String[] {"project:999999999", "secret:1", "lab:abc", "../etc"}) {
      mvc.perform(
              post("/follows")
                  .param("item", item)
                  .with(csrf())
                  .with(TestAccounts.as(context, member)))
          .andExpect(status().isBadRequest());
    }
  }
}
