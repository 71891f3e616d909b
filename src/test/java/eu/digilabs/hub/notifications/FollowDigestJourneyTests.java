package eu.digilabs.hub.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import eu.digilabs.hub.Fixtures;
import eu.digilabs.hub.HubTest;
import eu.digilabs.hub.TestContent;
import eu.digilabs.hub.TestPages;
import eu.digilabs.hub.accounts.AccountService;
import eu.digilabs.hub.accounts.TestAccounts;
import eu.digilabs.hub.projects.ProjectService;
import eu.digilabs.hub.shared.SqlTime;
import eu.digilabs.hub.taxonomy.Catalogue;
import eu.digilabs.hub.taxonomy.ServiceView;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The journey with a real SMTP server (GreenMail): a member follows an OZG service, a
 * member of another lab publishes a project linked to a LeiKa entry below it, the follower sees it
 * in the feed and in the next digest, leaves the digest with the mail's one-click link (no session,
 * no CSRF token), and gets no further digest.
 */
@HubTest
@TestPropertySource(properties = {"spring.mail.host=localhost", "spring.mail.port=3025"})
class FollowDigestJourneyTests {

  @RegisterExtension static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP);

  private static final Pattern UNSUBSCRIBE =
      Pattern.compile("<(http[^>]+/unsubscribe\\?token=([^>]+))>");

  @Autowired MockMvc mvc;
  @Autowired ApplicationContext context;
  @Autowired Catalogue catalogue;
  @Autowired DigestJob digests;
  @Autowired JdbcClient jdbc;

  @Test
  void aFollowerHearsOfANewProjectForTheServiceInFeedAndDigestAndLeavesWithOneClick()
      throws Exception {
    String tag = UUID.randomUUID().toString().substring(0, 8);
    String follower = TestAccounts.member(context, "follower-" + tag + "@example.org");
    TestContent.labWithEditor(context, "Follower lab " + tag, follower);
    String author = TestAccounts.member(context, "author-" + tag + "@example.org");
    long authorLab = TestContent.labWithEditor(context, "Author lab " + tag, author);
    ServiceView ozg =
        catalogue.search("BAföG", 20).stream()
            .filter(ServiceView::ozgService)
            .findFirst()
            .orElseThrow();
    long leika =
        catalogue.within(ozg.id()).stream().filter(id -> id != ozg.id()).findFirst().orElseThrow();

    mvc.perform(
            post("/follows")
                .param("item", "service:" + ozg.id())
                .param("back", "/services/" + ozg.id() + "/solutions")
                .with(csrf())
                .with(TestAccounts.as(context, follower)))
        .andExpect(redirectedUrl("/services/" + ozg.id() + "/solutions"));
    assertThat(TestPages.html(mvc, context, follower, "/following")).contains(ozg.name());

    String title = "Grant portal pilot " + tag;
    publish(author, title, authorLab, leika);
    Awaitility.await()
        .atMost(Duration.ofSeconds(30))
        .until(() -> TestPages.html(mvc, context, follower, "/activity").contains(title));
    assertThat(TestPages.html(mvc, context, null, "/labs/" + authorLab)).contains(title);

    long account = accountId(follower);
    MimeMessage digest = runDigest(account, follower).orElseThrow();
    String body = (String) digest.getContent();
    assertThat(digest.getSubject()).contains("Digilabs Hub");
    assertThat(body).contains(title, "/projects/");
    assertThat(digest.getHeader("List-Unsubscribe-Post", null))
        .isEqualTo("List-Unsubscribe=One-Click");
    Matcher link = UNSUBSCRIBE.matcher(digest.getHeader("List-Unsubscribe", null));
    assertThat(link.matches()).isTrue();
    assertThat(body).contains(link.group(1));

    // A second run in the same period sends nothing more.
    assertThat(runDigest(account, follower)).isEmpty();

    // Mail clients post the link without a session or CSRF token (RFC 8058).
    mvc.perform(
            post("/unsubscribe")
                .param("token", link.group(2))
                .contentType("application/x-www-form-urlencoded")
                .content("List-Unsubscribe=One-Click"))
        .andExpect(status().isOk());
    assertThat(digestOf(account)).isEqualTo("NEVER");

    publish(author, "Second portal pilot " + tag, authorLab, leika);
    Awaitility.await()
        .atMost(Duration.ofSeconds(30))
        .until(
            () ->
                TestPages.html(mvc, context, follower, "/activity")
                    .contains("Second portal pilot " + tag));
    assertThat(runDigest(account, follower)).isEmpty();
  }

  @Test
  void aTokenLeavesOnlyItsOwnAccountsDigestAndAScannersGetChangesNothing() throws Exception {
    String tag = UUID.randomUUID().toString().substring(0, 8);
    String anna = TestAccounts.member(context, "anna-" + tag + "@example.org");
    String ben = TestAccounts.member(context, "ben-" + tag + "@example.org");
    long lab = TestContent.labWithEditor(context, "Token lab " + tag, anna);
    for (String person : List.of(anna, ben)) {
      mvc.perform(
              post("/follows")
                  .param("item", "lab:" + lab)
                  .with(csrf())
                  .with(TestAccounts.as(context, person)))
          .andExpect(status().is3xxRedirection());
    }
    String token =
        TestAccounts.acting(
            context,
            anna,
            () -> context.getBean(UnsubscribeLinks.class).create(accountId(anna), "digest"));

    mvc.perform(get("/unsubscribe").param("token", token))
        .andExpect(status().isOk())
        .andExpect(content().string(org.hamcrest.Matchers.containsString("Unsubscribe")));
    assertThat(digestOf(accountId(anna))).isEqualTo("WEEKLY");

    mvc.perform(post("/unsubscribe").param("token", token + "x")).andExpect(status().isOk());
    assertThat(digestOf(accountId(anna))).isEqualTo("WEEKLY");

    mvc.perform(post("/unsubscribe").param("token", token))
        .andExpect(status().isOk())
        .andExpect(content().string(org.hamcrest.Matchers.containsString("no further digests")));
    assertThat(digestOf(accountId(anna))).isEqualTo("NEVER");
    assertThat(digestOf(accountId(ben))).isEqualTo("WEEKLY");
  }

  private void publish(String author, String title, long lab, long service) {
    ProjectService projects = context.getBean(ProjectService.class);
    TestAccounts.acting(
        context,
        author,
        () -> {
          long id =
              projects
                  .create(
                      Fixtures.project().title(title).lab(lab).services(List.of(service)).build())
                  .id();
          projects.publish(id);
        });
  }

  /** Makes the person's digest due and runs the job a little later than the grace allows. */
  private java.util.Optional<MimeMessage> runDigest(long account, String email) {
    int before = smtp.getReceivedMessages().length;
    jdbc.sql(
            "update notification_settings set next_digest_at = ? where account_id = ? and digest <> 'NEVER'")
        .params(SqlTime.of(Instant.now().minusSeconds(60)), account)
        .update();
    digests.run(Instant.now().plus(Duration.ofMinutes(5)));
    return Arrays.stream(smtp.getReceivedMessages())
        .skip(before)
        .filter(m -> GreenMailUtil.getAddressList(recipients(m)).contains(email))
        .findFirst();
  }

  private static jakarta.mail.Address[] recipients(MimeMessage message) {
    try {
      return message.getAllRecipients();
    } catch (jakarta.mail.MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  private String digestOf(long account) {
    return jdbc.sql("select digest from notification_settings where account_id = ?")
        .param(account)
        .query(String.class)
        .single();
  }

  private long accountId(String email) {
    return context.getBean(AccountService.class).byEmail(email).orElseThrow().id();
  }
}
