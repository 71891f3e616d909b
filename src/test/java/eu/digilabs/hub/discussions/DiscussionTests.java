package eu.digilabs.hub.discussions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import eu.digilabs.hub.Fixtures;
import eu.digilabs.hub.HubTest;
import eu.digilabs.hub.TestContent;
import eu.digilabs.hub.TestPages;
import eu.digilabs.hub.accounts.MemberDirectory;
import eu.digilabs.hub.accounts.ProfileVisibility;
import eu.digilabs.hub.accounts.TestAccounts;
import eu.digilabs.hub.assistant.AssistantService;
import eu.digilabs.hub.notifications.TestNotices;
import eu.digilabs.hub.shared.SqlTime;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * Discussions over HTTP: posting on a project page, refused text kept, replies and quotes, the edit
 * window, deleting one's own post, reports and moderation; a hidden post vanishes from the page,
 * the follower's feed, search and the assistant, and its author is told why.
 */
@HubTest
class DiscussionTests {

  @Autowired MockMvc mvc;
  @Autowired ApplicationContext context;
  @Autowired JdbcClient jdbc;
  @Autowired AssistantService assistant;

  record People(String editor, String writer, String other, long lab, long project) {}

  People people() {
    String tag = UUID.randomUUID().toString().substring(0, 8);
    String editor = TestAccounts.member(context, "mod-" + tag + "@example.org");
    String writer = TestAccounts.member(context, "writer-" + tag + "@example.org");
    String other = TestAccounts.member(context, "other-" + tag + "@example.org");
    long lab = TestContent.labWithEditor(context, "Discussion lab " + tag, editor);
    long project =
        TestContent.publishedProject(
            context, Fixtures.project("Discussed project " + tag, lab, List.of()));
    return new People(editor, writer, other, lab, project);
  }

  @Test
  void membersPostReplyQuoteEditAndDeleteTheirOwnPosts() throws Exception {
    People p = people();
    String page = "/projects/" + p.project();
    long first = write(p.writer(), p.project(), "We **tried** a paper form first.", null);
    assertThat(TestPages.html(mvc, context, null, page))
        .contains("id=\"post-" + first + "\"", "<strong>tried</strong>", "Sign in to join");

    // A blank post comes back to the form with the reason, and what was typed stays.
    mvc.perform(
            post("/discussions/posts")
                .param("item", "project:" + p.project())
                .param("body", "   ")
                .param("back", page)
                .with(csrf())
                .with(TestAccounts.as(context, p.other())))
        .andExpect(redirectedUrl(page + "#discussion-form"))
        .andExpect(flash().attributeExists("discussionDraft"));

    String quote =
        TestPages.html(
            mvc, context, p.other(), "/discussions/posts/" + first + "/reply?quote=true");
    assertThat(quote).contains("&gt; We **tried** a paper form first.");
    long reply = write(p.other(), p.project(), "> We tried\n\nSo did we.", first);
    long replyToReply = write(p.writer(), p.project(), "Thanks!", reply);
    assertThat(
            jdbc.sql("select reply_to_id from post where id = ?")
                .param(replyToReply)
                .query(Long.class)
                .single())
        .as("one level of replies: an answer to a reply joins the thread")
        .isEqualTo(first);
    assertThat(unread(p.writer())).isEqualTo(1);
    assertThat(unread(p.other())).isEqualTo(1);

    // Editing: the author within the window, then marked edited; nobody else.
    mvc.perform(
            post("/discussions/posts/" + first)
                .param("body", "We tried a paper form first. It failed.")
                .param("version", "0")
                .with(csrf())
                .with(TestAccounts.as(context, p.other())))
        .andExpect(status().isForbidden());
    mvc.perform(
            post("/discussions/posts/" + first)
                .param("body", "We tried a paper form first. It failed.")
                .param("version", "0")
                .with(csrf())
                .with(TestAccounts.as(context, p.writer())))
        .andExpect(redirectedUrl(page + "#post-" + first));
    assertThat(TestPages.html(mvc, context, null, page)).contains("It failed.", "edited");
    jdbc.sql("update post set created_at = ? where id = ?")
        .params(SqlTime.of(Instant.now().minus(Duration.ofHours(1))), first)
        .update();
    String late =
        mvc.perform(
                post("/discussions/posts/" + first)
                    .param("body", "Too late to say this")
                    .param("version", "1")
                    .with(csrf())
                    .with(TestAccounts.as(context, p.writer())))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(late).contains("can be changed for 30 minutes", "Too late to say this");

    mvc.perform(
            post("/discussions/posts/" + first + "/delete")
                .with(csrf())
                .with(TestAccounts.as(context, p.writer())))
        .andExpect(status().is3xxRedirection());
    assertThat(TestPages.html(mvc, context, null, page))
        .doesNotContain("It failed.")
        .contains("Deleted by its author.", "So did we.");
  }

  @Test
  void aReportedPostHiddenByTheLabsEditorVanishesEverywhereAndItsAuthorIsToldWhy()
      throws Exception {
    People p = people();
    String word =
        "Zorblax" + UUID.randomUUID().toString().substring(0, 6).replaceAll("[0-9-]", "q");
    String follower = TestAccounts.member(context, "fol-" + UUID.randomUUID() + "@example.org");
    mvc.perform(
            post("/follows")
                .param("item", "project:" + p.project())
                .with(csrf())
                .with(TestAccounts.as(context, follower)))
        .andExpect(status().is3xxRedirection());
    long id =
        write(
            p.writer(),
            p.project(),
            "The " + word + " gateway cut the waiting time for beekeeping permits in half.",
            null);
    Awaitility.await()
        .atMost(Duration.ofSeconds(30))
        .until(() -> TestPages.html(mvc, context, follower, "/activity").contains("#post-" + id));
    Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> searchFinds(word));
    Awaitility.await().atMost(Duration.ofMinutes(2)).until(assistant::passagesIdle);
    assertThat(citesDiscussion(word)).isTrue();

    mvc.perform(
            post("/discussions/posts/" + id + "/report")
                .param("reason", "Advertising")
                .with(csrf())
                .with(TestAccounts.as(context, p.other())))
        .andExpect(status().is3xxRedirection());
    mvc.perform(get("/moderation").with(TestAccounts.as(context, p.other())))
        .andExpect(status().isForbidden());
    assertThat(TestPages.html(mvc, context, p.editor(), "/moderation"))
        .contains("Advertising", word);
    mvc.perform(
            post("/moderation/posts/" + id + "/hide")
                .param("reason", "Advertising is not allowed here")
                .with(csrf())
                .with(TestAccounts.as(context, p.other())))
        .andExpect(status().isForbidden());
    mvc.perform(
            post("/moderation/posts/" + id + "/hide")
                .param("reason", "Advertising is not allowed here")
                .with(csrf())
                .with(TestAccounts.as(context, p.editor())))
        .andExpect(status().is3xxRedirection());

    assertThat(TestPages.html(mvc, context, null, "/projects/" + p.project())).doesNotContain(word);
    assertThat(TestPages.html(mvc, context, follower, "/activity")).doesNotContain("#post-" + id);
    assertThat(TestPages.html(mvc, context, p.writer(), "/notifications"))
        .contains("Your post was hidden", "Advertising is not allowed here");
    Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> !searchFinds(word));
    Awaitility.await().atMost(Duration.ofMinutes(2)).until(assistant::passagesIdle);
    assertThat(citesDiscussion(word)).isFalse();
    assertThat(TestPages.html(mvc, context, p.editor(), "/moderation")).doesNotContain(word);
  }

  private boolean searchFinds(String word) throws Exception {
    MvcResult result =
        mvc.perform(get("/api/v1/search").param("q", word).param("type", "discussion")).andReturn();
    return result.getResponse().getContentAsString().contains(word);
  }

  @Test
  void aMentionTellsThePersonAtOnceButNeverAPrivateStrangerOrAQuote() throws Exception {
    People p = people();
    String tag = UUID.randomUUID().toString().substring(0, 6).replaceAll("[^a-z]", "x");
    String mira = TestAccounts.member(context, "mira-" + tag + "@example.org", "Mira Quell" + tag);
    TestAccounts.acting(
        context,
        mira,
        () -> context.getBean(MemberDirectory.class).show(ProfileVisibility.MEMBERS));
    String pia = TestAccounts.member(context, "pia-" + tag + "@example.org", "Pia Stille" + tag);
    String editor = p.editor();
    jdbc.sql("update account set display_name = ? where email = ?")
        .params("Edda Redakt" + tag, editor)
        .update();

    long post =
        write(
            p.writer(),
            p.project(),
            "Thanks @mira quell"
                + tag
                + ", and @Pia Stille"
                + tag
                + " too. Write to lab@example.org. `@Mira Quell"
                + tag
                + "` in code.",
            null);
    assertThat(notices(mira, "mention"))
        .as("a member with a visible profile is told once, whatever the case")
        .isEqualTo(1);
    assertThat(mails(mira)).isEqualTo(1);
    assertThat(notices(pia, "mention"))
        .as("a private member who takes no part here cannot be found by a mention")
        .isZero();

    // An edit tells only those it mentions for the first time: the lab's editor, not Mira again.
    mvc.perform(
            post("/discussions/posts/" + post)
                .param("body", "Thanks @Mira Quell" + tag + " and @Edda Redakt" + tag + ".")
                .param("version", "0")
                .with(csrf())
                .with(TestAccounts.as(context, p.writer())))
        .andExpect(status().is3xxRedirection());
    assertThat(notices(editor, "mention")).isEqualTo(1);
    assertThat(notices(mira, "mention")).isEqualTo(1);
    // Taking a name out and putting it back tells nobody again.
    for (String text : List.of("Thanks, all.", "Thanks @Mira Quell" + tag + ", again.")) {
      long version =
          jdbc.sql("select version from post where id = ?").param(post).query(Long.class).single();
      mvc.perform(
              post("/discussions/posts/" + post)
                  .param("body", text)
                  .param("version", String.valueOf(version))
                  .with(csrf())
                  .with(TestAccounts.as(context, p.writer())))
          .andExpect(status().is3xxRedirection());
    }
    assertThat(notices(mira, "mention")).isEqualTo(1);

    // Quoting someone's words does not mention again; the author is never told of themselves.
    write(p.other(), p.project(), "> Thanks @Mira Quell" + tag + "\n\nAgreed.", post);
    write(mira, p.project(), "Happy to help, @Mira Quell" + tag + ".", post);
    assertThat(notices(mira, "mention")).isEqualTo(1);
    assertThat(TestPages.html(mvc, context, mira, "/notifications"))
        .contains("You were mentioned", "/projects/" + p.project() + "#post-" + post);
  }

  @Test
  void aMemberFollowsADiscussionAloneAndSeesItsNewPostsButNotTheItemsChanges() throws Exception {
    People p = people();
    String page = "/projects/" + p.project();
    assertThat(TestPages.html(mvc, context, p.other(), page)).contains("Follow discussion");
    mvc.perform(
            post("/follows")
                .param("item", "thread:project." + p.project())
                .param("back", page + "#discussion")
                .with(csrf())
                .with(TestAccounts.as(context, p.other())))
        .andExpect(redirectedUrl(page + "#discussion"));
    assertThat(TestPages.html(mvc, context, p.other(), page)).contains("Unfollow discussion");
    assertThat(TestPages.html(mvc, context, p.other(), "/following"))
        .contains("Discussion thread", "Discussed project");

    long post = write(p.writer(), p.project(), "A new finding from our pilot.", null);
    assertThat(TestPages.html(mvc, context, p.other(), "/activity"))
        .contains(page + "#post-" + post);
    assertThat(TestPages.html(mvc, context, p.writer(), "/activity"))
        .as("the writer follows nothing")
        .doesNotContain(page + "#post-" + post);
  }

  private long notices(String email, String kind) {
    return TestNotices.count(context, email, kind);
  }

  private long mails(String email) {
    return jdbc.sql("select count(*) from outbox_mail where recipient = ?")
        .param(email)
        .query(Long.class)
        .single();
  }

  private boolean citesDiscussion(String word) {
    return assistant
        .ask("What did the " + word + " gateway do?", null, Locale.ENGLISH)
        .citations()
        .stream()
        .anyMatch(c -> "discussion".equals(c.type()));
  }

  private long write(String email, long project, String body, Long replyTo) throws Exception {
    var request =
        post("/discussions/posts")
            .param("item", "project:" + project)
            .param("body", body)
            .with(csrf())
            .with(TestAccounts.as(context, email));
    if (replyTo != null) {
      request.param("replyTo", String.valueOf(replyTo));
    }
    String location =
        mvc.perform(request)
            .andExpect(status().is3xxRedirection())
            .andReturn()
            .getResponse()
            .getRedirectedUrl();
    return Long.parseLong(location.substring(location.indexOf("#post-") + 6));
  }

  private long unread(String email) {
    return TestNotices.unread(context, email);
  }
}
