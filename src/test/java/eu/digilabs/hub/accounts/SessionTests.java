package eu.digilabs.hub.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import eu.digilabs.hub.HubTest;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * Sessions follow their account: idle timeouts by role, no password hash in the session, password
 * changes and resets end the other sessions, admin rights and disabling take effect on the next
 * request.
 */
@HubTest
class SessionTests {

  static final String NEW_PASSWORD = "Lindwurm Abendrot Kieselstein";

  @Autowired MockMvc mvc;
  @Autowired ApplicationContext context;
  @Autowired AccountService accounts;
  @Autowired Accounts store;
  @Autowired JdbcClient jdbc;

  static String unique(String name) {
    return name + "-" + UUID.randomUUID() + "@example.org";
  }

  ResultActions attempt(String email, String password) throws Exception {
    return mvc.perform(
        post("/login").param("email", email).param("password", password).with(csrf()));
  }

  BrowserSession signIn(String email, String password) throws Exception {
    BrowserSession session = new BrowserSession(mvc, context);
    session
        .perform(post("/login").param("email", email).param("password", password).with(csrf()))
        .andExpect(redirectedUrl("/"));
    return session;
  }

  ResultActions profile(BrowserSession session) throws Exception {
    return session.perform(get("/profile"));
  }

  @Test
  void theSessionHoldsNoPasswordHashAndIdlesOutByRole() throws Exception {
    String member = TestAccounts.member(context, unique("idle"));
    String admin = unique("idle-admin");
    accounts.seedAccount(admin, "Idle Admin", "admin-password-of-idle", true, false);

    BrowserSession session = signIn(member, "member-password-1");
    assertThat(session.idleSeconds()).isEqualTo(8 * 3600);
    SecurityContext stored =
        session.attribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
    HubPrincipal principal = (HubPrincipal) stored.getAuthentication().getPrincipal();
    assertThat(principal.passwordHash()).isNull();
    assertThat(principal.getPassword()).isNull();
    assertThat(stored.getAuthentication().getCredentials()).isNull();

    assertThat(signIn(admin, "admin-password-of-idle").idleSeconds()).isEqualTo(30 * 60);
  }

  @Test
  void wrongPasswordUnknownAndLockedAccountsAndOverlongPasswordsGetOneAnswer() throws Exception {
    String member = TestAccounts.member(context, unique("generic"));
    attempt(member, "wrong password").andExpect(redirectedUrl("/login?error"));
    attempt(unique("nobody"), "member-password-1").andExpect(redirectedUrl("/login?error"));
    attempt(member, "ä".repeat(60)).andExpect(redirectedUrl("/login?error"));
    Account account = store.findByEmailIgnoreCase(member).orElseThrow();
    account.failedSignIn(Instant.now(), 3, Duration.ofMinutes(15));
    account.failedSignIn(Instant.now(), 3, Duration.ofMinutes(15));
    account.failedSignIn(Instant.now(), 3, Duration.ofMinutes(15));
    store.save(account);
    attempt(member, "member-password-1").andExpect(redirectedUrl("/login?error"));
    mvc.perform(get("/login").param("error", "").param("lang", "en"))
        .andExpect(content().string(containsString("Sign-in failed.")));
  }

  @Test
  void aPasswordChangeEndsEveryOtherSessionKeepsThisOneAndMailsTheOwner() throws Exception {
    String member = TestAccounts.member(context, unique("change"));
    BrowserSession here = signIn(member, "member-password-1");
    BrowserSession elsewhere = signIn(member, "member-password-1");

    here.perform(
            post("/profile/password")
                .with(csrf())
                .param("currentPassword", "member-password-1")
                .param("newPassword", NEW_PASSWORD)
                .param("newPasswordRepeat", NEW_PASSWORD))
        .andExpect(redirectedUrl("/profile"));

    profile(here).andExpect(status().isOk());
    profile(elsewhere).andExpect(redirectedUrl("/login"));
    assertThat(KeptMails.to(jdbc, member)).anyMatch(m -> m.body().contains("/password/forgot"));
  }

  @Test
  void tokensOutliveAPasswordChangeUntilTheOwnerAnswersTheQuestion() throws Exception {
    String member = TestAccounts.member(context, unique("review"));
    long id = accounts.byEmail(member).orElseThrow().id();
    accounts.createToken(id, "ci-pipeline");
    BrowserSession session = signIn(member, "member-password-1");
    session
        .perform(
            post("/profile/password")
                .with(csrf())
                .param("currentPassword", "member-password-1")
                .param("newPassword", NEW_PASSWORD)
                .param("newPasswordRepeat", NEW_PASSWORD))
        .andExpect(redirectedUrl("/profile"));

    assertThat(accounts.tokens(id)).allMatch(TokenView::usable);
    assertThat(KeptMails.to(jdbc, member)).anyMatch(m -> m.body().contains("ci-pipeline"));
    session
        .perform(get("/profile").param("lang", "en"))
        .andExpect(content().string(containsString("id=\"token-review\"")))
        .andExpect(content().string(containsString("Keep your API tokens?")));

    session
        .perform(post("/profile/tokens/review").with(csrf()).param("revoke", "true"))
        .andExpect(redirectedUrl("/profile#tokens"));
    assertThat(accounts.tokens(id)).noneMatch(TokenView::usable);
    profile(session).andExpect(content().string(not(containsString("id=\"token-review\""))));
  }

  @Test
  void aResetEndsEverySessionAndTheNextSignInAsksAboutTheTokens() throws Exception {
    String member = TestAccounts.member(context, unique("reset"));
    long id = accounts.byEmail(member).orElseThrow().id();
    accounts.createToken(id, "nightly-export");
    BrowserSession before = signIn(member, "member-password-1");
    String resetToken = "reset-" + UUID.randomUUID();
    Account account = store.findByEmailIgnoreCase(member).orElseThrow();
    account.resetToken(Tokens.sha256(resetToken), Instant.now().plusSeconds(600));
    store.save(account);

    mvc.perform(
            post("/password/reset")
                .with(csrf())
                .param("token", resetToken)
                .param("password", NEW_PASSWORD)
                .param("passwordRepeat", NEW_PASSWORD))
        .andExpect(redirectedUrl("/login?reset"));

    profile(before).andExpect(redirectedUrl("/login"));
    attempt(member, NEW_PASSWORD).andExpect(redirectedUrl("/profile#token-review"));
  }

  @Test
  void takingAdminRightsAwayWorksOnTheNextRequest() throws Exception {
    String admin = unique("demoted");
    long id = accounts.seedAccount(admin, "Soon Member", "admin-password-of-demoted", true, false);
    BrowserSession session = signIn(admin, "admin-password-of-demoted");
    session.perform(get("/admin/users")).andExpect(status().isOk());
    // The actuator's chain follows the account too: health details are for admins only.
    session.perform(get("/actuator/health")).andExpect(jsonPath("$.components").exists());

    mvc.perform(
            post("/admin/users/" + id + "/admin")
                .with(csrf())
                .with(TestAccounts.as(context, "admin@digilabs.localhost"))
                .param("admin", "false"))
        .andExpect(redirectedUrl("/admin/users"));

    session.perform(get("/actuator/health")).andExpect(jsonPath("$.components").doesNotExist());
    session.perform(get("/admin/users")).andExpect(status().isForbidden());
    profile(session).andExpect(status().isOk());
    assertThat(session.idleSeconds()).isEqualTo(8 * 3600);
  }

  @Test
  void adminsDisableAccountsWhoseSessionsAndTokensStopAtOnce() throws Exception {
    String member = TestAccounts.member(context, unique("disabled"));
    long id = accounts.byEmail(member).orElseThrow().id();
    String token = accounts.createToken(id, "laptop");
    BrowserSession session = signIn(member, "member-password-1");

    mvc.perform(get("/admin/users").with(TestAccounts.as(context, "admin@digilabs.localhost")))
        .andExpect(content().string(containsString("/admin/users/" + id + "/disabled")));
    mvc.perform(
            post("/admin/users/" + id + "/disabled")
                .with(csrf())
                .with(TestAccounts.as(context, member))
                .param("disabled", "true"))
        .andExpect(status().isForbidden());
    mvc.perform(
            post("/admin/users/" + id + "/disabled")
                .with(csrf())
                .with(TestAccounts.as(context, "admin@digilabs.localhost"))
                .param("disabled", "true"))
        .andExpect(redirectedUrl("/admin/users"));

    profile(session).andExpect(redirectedUrl("/login"));
    mvc.perform(
            post("/api/v1/labs")
                .header("Authorization", "Bearer " + token)
                .contentType("application/json")
                .content("{\"name\":\"x\",\"country\":\"DE\"}"))
        .andExpect(status().isUnauthorized());
    attempt(member, "member-password-1").andExpect(redirectedUrl("/login?error"));
  }

  @Test
  void deletingTheAccountDeletesEverySessionOfItFromTheDatabase() throws Exception {
    String member = TestAccounts.member(context, unique("leaving"));
    BrowserSession here = signIn(member, "member-password-1");
    BrowserSession elsewhere = signIn(member, "member-password-1");
    assertThat(elsewhere.stored()).isNotNull();

    here.perform(post("/profile/delete").with(csrf()).param("password", "member-password-1"))
        .andExpect(redirectedUrl("/account-deleted"));

    assertThat(elsewhere.stored()).as("the other browser's session").isNull();
    assertThat(
            jdbc.sql("SELECT COUNT(*) FROM spring_session WHERE principal_name = ?")
                .param(member)
                .query(Integer.class)
                .single())
        .isZero();
  }

  @Test
  void oidcSessionsEndTooWhenTheirAccountIsDisabled() throws Exception {
    String member = TestAccounts.member(context, unique("oidc"));
    Account account = store.findByEmailIgnoreCase(member).orElseThrow();
    OidcIdToken idToken =
        OidcIdToken.withTokenValue("id-token")
            .subject("oidc-" + account.id())
            .claim("email", member)
            .issuedAt(Instant.now())
            .expiresAt(Instant.now().plusSeconds(600))
            .build();
    OidcAccounts.HubOidcUser user =
        new OidcAccounts.HubOidcUser(
            new DefaultOidcUser(HubPrincipal.authorities(false), idToken),
            account.id(),
            account.displayName(),
            false,
            account.sessionStamp());
    BrowserSession session = new BrowserSession(mvc, context);
    SecurityContext signedIn = SecurityContextHolder.createEmptyContext();
    signedIn.setAuthentication(
        new OAuth2AuthenticationToken(user, user.getAuthorities(), "provider"));
    session.start(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY, signedIn);
    profile(session).andExpect(status().isOk());

    mvc.perform(
            post("/admin/users/" + account.id() + "/disabled")
                .with(csrf())
                .with(TestAccounts.as(context, "admin@digilabs.localhost"))
                .param("disabled", "true"))
        .andExpect(redirectedUrl("/admin/users"));
    profile(session).andExpect(redirectedUrl("/login"));
  }
}
