package eu.digilabs.hub.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import eu.digilabs.hub.HubTest;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** Sign-up with a real SMTP server (GreenMail), verification, sign-in, lock-out and reset. */
@HubTest
@TestPropertySource(
    properties = {
      "spring.mail.host=localhost",
      "spring.mail.port=3025",
      "hub.accounts.lock-after-failures=5"
    })
class AccountFlowTests {

  @RegisterExtension static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP);

  @Autowired MockMvc mvc;
  @Autowired ApplicationContext context;
  @Autowired Accounts accounts;

  ResultActions signIn(String email, String password) throws Exception {
    return mvc.perform(
        post("/login").param("email", email).param("password", password).with(csrf()));
  }

  static String link(MimeMessage mail, String path) {
    Matcher matcher =
        Pattern.compile("http://localhost:8080(" + Pattern.quote(path) + "\\?token=[A-Za-z0-9_-]+)")
            .matcher(GreenMailUtil.getBody(mail));
    assertThat(matcher.find()).as("mail contains a %s link", path).isTrue();
    return matcher.group(1);
  }

  @Test
  void signUpMailsAVerificationLinkAndOnlyVerifiedAccountsSignIn() throws Exception {
    mvc.perform(
            post("/signup")
                .param("email", "Ada@Example.org")
                .param("displayName", "Ada")
                .param("password", "correct horse battery")
                .param("passwordRepeat", "correct horse battery")
                .with(csrf())
                .param("lang", "en"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("We sent a link to Ada@Example.org")));
    // The page says only that sign-in failed; the hint goes by mail, with a new link (only the
    // newest link's hash is kept, so the first one no longer works).
    signIn("ada@example.org", "correct horse battery").andExpect(redirectedUrl("/login?error"));

    assertThat(smtp.waitForIncomingEmail(5000, 2)).isTrue();
    MimeMessage first = smtp.getReceivedMessages()[0];
    MimeMessage mail = smtp.getReceivedMessages()[1];
    assertThat(mail.getAllRecipients()[0].toString()).isEqualTo("ada@example.org");
    assertThat(link(mail, "/verify")).isNotEqualTo(link(first, "/verify"));
    mvc.perform(get(link(first, "/verify")).param("lang", "en"))
        .andExpect(content().string(not(containsString("Your address is confirmed"))));
    mvc.perform(get(link(mail, "/verify")).param("lang", "en"))
        .andExpect(content().string(containsString("Your address is confirmed")));

    signIn("ada@example.org", "correct horse battery").andExpect(redirectedUrl("/"));
    assertThat(accounts.findByEmailIgnoreCase("ada@example.org").orElseThrow().passwordHash())
        .startsWith("{bcrypt}");
  }

  @Test
  void signUpErrorsStandNextToTheFieldsAndKeepTheInput() throws Exception {
    mvc.perform(
            post("/signup")
                .param("email", "not-an-email")
                .param("displayName", "Bea")
                .param("password", "short")
                .param("passwordRepeat", "other")
                .with(csrf())
                .param("lang", "de"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("id=\"email-error\"")))
        .andExpect(content().string(containsString("value=\"not-an-email\"")))
        .andExpect(content().string(containsString("value=\"Bea\"")))
        .andExpect(content().string(containsString("Bitte eine E-Mail-Adresse")))
        .andExpect(content().string(containsString("aria-describedby=\"email-error\"")));
  }

  @Test
  void repeatedFailedSignInsLockTheAccount() throws Exception {
    TestAccounts.member(context, "lock@example.org");
    for (int i = 0; i < 3; i++) {
      signIn("lock@example.org", "wrong password " + i).andExpect(redirectedUrl("/login?error"));
    }
    Account account = accounts.findByEmailIgnoreCase("lock@example.org").orElseThrow();
    assertThat(account.failedSignIns()).isEqualTo(3);
    assertThat(account.lockedUntil()).isAfter(Instant.now());
    signIn("lock@example.org", "member-password-1").andExpect(redirectedUrl("/login?error"));
  }

  @Test
  void aMailedLinkResetsThePassword() throws Exception {
    TestAccounts.member(context, "reset@example.org");
    mvc.perform(post("/password/forgot").param("email", "reset@example.org").with(csrf()))
        .andExpect(status().isOk());
    mvc.perform(post("/password/forgot").param("email", "nobody@example.org").with(csrf()))
        .andExpect(status().isOk());
    assertThat(smtp.waitForIncomingEmail(5000, 1)).isTrue();
    String link = link(smtp.getReceivedMessages()[0], "/password/reset");
    String token = link.substring(link.indexOf("token=") + 6);
    mvc.perform(
            post("/password/reset")
                .param("token", token)
                .param("password", "a brand new password")
                .param("passwordRepeat", "a brand new password")
                .with(csrf()))
        .andExpect(redirectedUrl("/login?reset"));
    signIn("reset@example.org", "a brand new password").andExpect(redirectedUrl("/"));
    mvc.perform(
            post("/password/reset")
                .param("token", token)
                .param("password", "another new password")
                .param("passwordRepeat", "another new password")
                .with(csrf()))
        .andExpect(content().string(containsString("not valid")));
  }

  @Test
  void membersChangeTheirPasswordWithTheCurrentOne() throws Exception {
    TestAccounts.member(context, "change@example.org");
    mvc.perform(
            post("/profile/password")
                .with(csrf())
                .with(TestAccounts.as(context, "change@example.org"))
                .param("lang", "en")
                .param("currentPassword", "wrong one")
                .param("newPassword", "my new long password")
                .param("newPasswordRepeat", "my new long password"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("id=\"currentPassword-error\"")));
    mvc.perform(
            post("/profile/password")
                .with(csrf())
                .with(TestAccounts.as(context, "change@example.org"))
                .param("currentPassword", "member-password-1")
                .param("newPassword", "my new long password")
                .param("newPasswordRepeat", "my new long password"))
        .andExpect(redirectedUrl("/profile"));
    signIn("change@example.org", "member-password-1").andExpect(redirectedUrl("/login?error"));
    signIn("change@example.org", "my new long password").andExpect(redirectedUrl("/"));
  }

  @Test
  void aNewTokenIsShownOnceAndStoredOnlyAsAHash() throws Exception {
    TestAccounts.member(context, "tokens@example.org");
    String page =
        mvc.perform(
                post("/profile/tokens")
                    .param("name", "laptop")
                    .param("days", "90")
                    .param("scope", "WRITE")
                    .with(csrf())
                    .with(TestAccounts.as(context, "tokens@example.org")))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    Matcher token = Pattern.compile("dlh_[A-Za-z0-9_-]{40,}").matcher(page);
    assertThat(token.find()).isTrue();
    ApiToken stored =
        context.getBean(ApiTokens.class).findAll().stream()
            .filter(t -> t.name().equals("laptop"))
            .findFirst()
            .orElseThrow();
    assertThat(stored.prefix()).isEqualTo(token.group().substring(0, 10));
    assertThat(context.getBean(ApiTokens.class).findByTokenHash(Tokens.sha256(token.group())))
        .isPresent();
    mvc.perform(get("/profile").with(TestAccounts.as(context, "tokens@example.org")))
        .andExpect(content().string(not(containsString(token.group()))));
  }

  @Test
  void verificationLinksAreKeptHashedExpireAfterSevenDaysAndCanBeSentAgain() throws Exception {
    String email = "expiring@example.org";
    context.getBean(SignUpService.class).signUp(email, "Eve", "a long password 1", Locale.ENGLISH);
    assertThat(smtp.waitForIncomingEmail(5000, 1)).isTrue();
    String link = link(smtp.getReceivedMessages()[0], "/verify");
    String token = link.substring(link.indexOf("token=") + 6);

    Account account = accounts.findByEmailIgnoreCase(email).orElseThrow();
    assertThat(account.verificationTokenHash()).isEqualTo(Tokens.sha256(token));
    assertThat(account.verificationExpiresAt())
        .isBetween(
            Instant.now().plus(Duration.ofDays(7)).minusSeconds(120),
            Instant.now().plus(Duration.ofDays(7)));
    KeptMails.KeptMail kept = KeptMails.newestTo(context.getBean(JdbcClient.class), email);
    assertThat(kept.sentAt()).isNotNull();
    assertThat(kept.body()).doesNotContain(token).contains("/verify?token=***");

    account.verificationToken(account.verificationTokenHash(), Instant.now().minusSeconds(1));
    accounts.save(account);
    mvc.perform(get(link).param("lang", "en"))
        .andExpect(content().string(containsString("This link is not valid (any more)")))
        .andExpect(content().string(containsString("action=\"/verify/resend\"")));
    assertThat(accounts.findByEmailIgnoreCase(email).orElseThrow().emailVerified()).isFalse();

    mvc.perform(post("/verify/resend").param("email", email).param("lang", "en").with(csrf()))
        .andExpect(content().string(containsString("we have sent it a new link")));
    assertThat(smtp.waitForIncomingEmail(5000, 2)).isTrue();
    String fresh = link(smtp.getReceivedMessages()[1], "/verify");
    mvc.perform(get(fresh).param("lang", "en"))
        .andExpect(content().string(containsString("Your address is confirmed")));
  }
}
