package eu.digilabs.hub.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import eu.digilabs.hub.HubTest;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * OIDC sign-in through the whole authorization-code flow against a local provider that signs its ID
 * tokens: which account each login reaches, and that no login takes over an account it has not
 * proved to own (issue 12.1).
 */
@HubTest
class OidcLinkingTests {

  static final FakeOidcProvider provider = FakeOidcProvider.start();

  @DynamicPropertySource
  static void registration(DynamicPropertyRegistry properties) {
    String registration = "spring.security.oauth2.client.registration.fake.";
    properties.add(registration + "client-id", () -> FakeOidcProvider.CLIENT_ID);
    properties.add(registration + "client-secret", () -> "secret");
    properties.add(registration + "client-name", () -> "Fake-ID");
    properties.add(registration + "authorization-grant-type", () -> "authorization_code");
    properties.add(
        registration + "redirect-uri", () -> "{baseUrl}/login/oauth2/code/{registrationId}");
    properties.add(registration + "scope", () -> "openid,email,profile");
    String endpoints = "spring.security.oauth2.client.provider.fake.";
    properties.add(endpoints + "authorization-uri", () -> provider.url() + "/authorize");
    properties.add(endpoints + "token-uri", () -> provider.url() + "/token");
    properties.add(endpoints + "jwk-set-uri", () -> provider.url() + "/jwks");
    properties.add(endpoints + "user-name-attribute", () -> "sub");
    properties.add("hub.accounts.oidc.trusted-email-issuers", provider::url);
  }

  @Autowired MockMvc mvc;
  @Autowired ApplicationContext context;
  @Autowired Accounts accounts;
  @Autowired AccountService service;
  @Autowired JdbcClient jdbc;
  @Autowired SignUpService signUps;

  /** Starts at the hub, lets the provider authorize these claims and returns to the hub. */
  ResultActions providerSignIn(BrowserSession session, Map<String, Object> claims)
      throws Exception {
    String location =
        session
            .perform(get("/oauth2/authorization/fake"))
            .andReturn()
            .getResponse()
            .getRedirectedUrl();
    assertThat(location).startsWith(provider.url() + "/authorize?");
    var query = UriComponentsBuilder.fromUriString(location).build().getQueryParams();
    String state = decode(query.getFirst("state"));
    String code = provider.authorize(claims, decode(query.getFirst("nonce")));
    return session.perform(
        get("/login/oauth2/code/fake").param("code", code).param("state", state));
  }

  static String decode(String value) {
    return URLDecoder.decode(value, StandardCharsets.UTF_8);
  }

  static Map<String, Object> verified(String subject, String email) {
    return Map.of("sub", subject, "email", email, "email_verified", true, "name", "Oda OIDC");
  }

  static Long signedInAccount(BrowserSession session) {
    SecurityContext security = session.attribute("SPRING_SECURITY_CONTEXT");
    return security == null
        ? null
        : ((OidcAccounts.HubOidcUser) security.getAuthentication().getPrincipal()).accountId();
  }

  ResultActions passwordSignIn(String email, String password) throws Exception {
    return mvc.perform(
        post("/login").param("email", email).param("password", password).with(csrf()));
  }

  @Test
  void aNewIdentityFromATrustedIssuerGetsANewAccount() throws Exception {
    BrowserSession session = new BrowserSession(mvc, context);
    providerSignIn(session, verified("new-1", "new-oidc@example.org"))
        .andExpect(redirectedUrl("/"));
    Account account = accounts.findByOidcSubject("fake:new-1").orElseThrow();
    assertThat(account.email()).isEqualTo("new-oidc@example.org");
    assertThat(account.emailVerified()).isTrue();
    assertThat(account.passwordHash()).isNull();
    assertThat(signedInAccount(session)).isEqualTo(account.id());
  }

  @Test
  void anUnconfirmedLocalAccountIsReplacedNotTakenOver() throws Exception {
    String email = "victim-unconfirmed@example.org";
    long squatter = signUps.signUp(email, "Squatter", "attacker password 1", Locale.ENGLISH).id();
    service.updateProfile(squatter, "Squatter", "Evil Corp", null, null);

    BrowserSession session = new BrowserSession(mvc, context);
    providerSignIn(session, verified("victim-1", email)).andExpect(redirectedUrl("/"));

    assertThat(accounts.findById(squatter)).isEmpty();
    Account account = accounts.findByEmailIgnoreCase(email).orElseThrow();
    assertThat(account.id()).isNotEqualTo(squatter);
    assertThat(account.passwordHash()).isNull();
    assertThat(account.organisation()).isNull();
    assertThat(account.oidcSubject()).isEqualTo("fake:victim-1");
    assertThat(signedInAccount(session)).isEqualTo(account.id());
    passwordSignIn(email, "attacker password 1").andExpect(redirectedUrl("/login?error"));
  }

  @Test
  void anUnconfirmedAccountAnAdminDisabledIsNotBroughtBackByAProviderLogin() throws Exception {
    String email = "disabled-unconfirmed@example.org";
    long spam = signUps.signUp(email, "Spammer", "spammer password 1", Locale.ENGLISH).id();
    Account account = accounts.findById(spam).orElseThrow();
    account.disable(true);
    accounts.save(account);

    BrowserSession session = new BrowserSession(mvc, context);
    providerSignIn(session, verified("spam-1", email))
        .andExpect(redirectedUrl("/login?error=oidc"));
    assertThat(signedInAccount(session)).isNull();
    assertThat(accounts.findByEmailIgnoreCase(email).orElseThrow().id()).isEqualTo(spam);
    assertThat(accounts.findById(spam).orElseThrow().disabled()).isTrue();
  }

  @Test
  void aConfirmedAccountIsLinkedOnlyWithItsPassword() throws Exception {
    String email = TestAccounts.member(context, "confirmed-password@example.org");
    long id = accounts.findByEmailIgnoreCase(email).orElseThrow().id();
    BrowserSession session = new BrowserSession(mvc, context);
    providerSignIn(session, verified("pw-1", email)).andExpect(redirectedUrl("/login/link"));
    assertThat(signedInAccount(session)).isNull();
    assertThat(accounts.findById(id).orElseThrow().oidcSubject()).isNull();

    session
        .perform(get("/login/link").param("lang", "en"))
        .andExpect(content().string(containsString("You signed in with Fake-ID as " + email)))
        .andExpect(content().string(containsString("name=\"_csrf\"")));
    session
        .perform(
            post("/login/link")
                .with(csrf())
                .param("lang", "en")
                .param("password", "not the password"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("id=\"password-error\"")))
        .andExpect(content().string(containsString("This is not the password of the account.")));
    assertThat(accounts.findById(id).orElseThrow().oidcSubject()).isNull();
    assertThat(accounts.findById(id).orElseThrow().failedSignIns()).isEqualTo(1);

    session
        .perform(post("/login/link").with(csrf()).param("password", "member-password-1"))
        .andExpect(redirectedUrl("/oauth2/authorization/fake"));
    assertThat(accounts.findById(id).orElseThrow().oidcSubject()).isEqualTo("fake:pw-1");
    providerSignIn(session, verified("pw-1", email)).andExpect(redirectedUrl("/"));
    assertThat(signedInAccount(session)).isEqualTo(id);
  }

  @Test
  void aConfirmedAccountIsLinkedWithAMailedLinkOpenedInTheSameBrowser() throws Exception {
    String email = TestAccounts.member(context, "confirmed-mail@example.org");
    long id = accounts.findByEmailIgnoreCase(email).orElseThrow().id();
    BrowserSession session = new BrowserSession(mvc, context);
    providerSignIn(session, verified("mail-1", email)).andExpect(redirectedUrl("/login/link"));
    session
        .perform(post("/login/link/mail").with(csrf()))
        .andExpect(redirectedUrl("/login/link?sent"));
    String token = mailedToken(email);

    mvc.perform(get("/login/link/confirm").param("token", token).param("lang", "en"))
        .andExpect(content().string(containsString("in the same browser")));
    mvc.perform(post("/login/link/confirm").param("token", token).with(csrf()))
        .andExpect(status().isOk());
    session
        .perform(
            post("/login/link/confirm").with(csrf()).param("lang", "en").param("token", "guessed"))
        .andExpect(content().string(containsString("This link is not valid (any more).")));
    assertThat(accounts.findById(id).orElseThrow().oidcSubject()).isNull();

    session
        .perform(get("/login/link/confirm").param("token", token).param("lang", "en"))
        .andExpect(content().string(containsString("Connect your Fake-ID login")));
    session
        .perform(post("/login/link/confirm").with(csrf()).param("token", token))
        .andExpect(redirectedUrl("/oauth2/authorization/fake"));
    assertThat(accounts.findById(id).orElseThrow().oidcSubject()).isEqualTo("fake:mail-1");
  }

  @Test
  void aLinkedAccountIsNeverOverwrittenByAnotherLogin() throws Exception {
    String email = "linked-once@example.org";
    providerSignIn(new BrowserSession(mvc, context), verified("first-1", email))
        .andExpect(redirectedUrl("/"));
    BrowserSession session = new BrowserSession(mvc, context);
    providerSignIn(session, verified("second-1", email))
        .andExpect(redirectedUrl("/login?error=oidcAlreadyLinked"));
    assertThat(signedInAccount(session)).isNull();
    assertThat(accounts.findByEmailIgnoreCase(email).orElseThrow().oidcSubject())
        .isEqualTo("fake:first-1");
    mvc.perform(get("/login").param("error", "oidcAlreadyLinked").param("lang", "en"))
        .andExpect(content().string(containsString("already signs in with another provider")));
  }

  @Test
  void emailVerifiedFromAnUntrustedIssuerIsNotBelieved() throws Exception {
    String email = "untrusted-target@example.org";
    long squatter = signUps.signUp(email, "Early", "early password 12", Locale.ENGLISH).id();
    Map<String, Object> claims =
        Map.of(
            "sub",
            "untrusted-1",
            "email",
            email,
            "email_verified",
            true,
            "iss",
            "https://elsewhere.example");
    BrowserSession session = new BrowserSession(mvc, context);
    providerSignIn(session, claims).andExpect(redirectedUrl("/login?error=oidcUntrustedEmail"));
    assertThat(signedInAccount(session)).isNull();
    Account kept = accounts.findById(squatter).orElseThrow();
    assertThat(kept.oidcSubject()).isNull();
    assertThat(kept.emailVerified()).isFalse();

    Map<String, Object> fresh =
        Map.of(
            "sub",
            "untrusted-2",
            "email",
            "untrusted-new@example.org",
            "email_verified",
            true,
            "iss",
            "https://elsewhere.example");
    providerSignIn(new BrowserSession(mvc, context), fresh)
        .andExpect(redirectedUrl("/login?error=oidcUntrustedEmail"));
    assertThat(accounts.findByEmailIgnoreCase("untrusted-new@example.org")).isEmpty();

    String confirmed = TestAccounts.member(context, "untrusted-confirmed@example.org");
    Map<String, Object> toConfirmed =
        Map.of(
            "sub",
            "untrusted-3",
            "email",
            confirmed,
            "email_verified",
            true,
            "iss",
            "https://elsewhere.example");
    BrowserSession probing = new BrowserSession(mvc, context);
    providerSignIn(probing, toConfirmed)
        .andExpect(redirectedUrl("/login?error=oidcUntrustedEmail"));
    assertThat((Object) probing.attribute(PendingLink.SESSION_KEY)).isNull();
    mvc.perform(get("/login").param("error", "oidcUntrustedEmail").param("lang", "de"))
        .andExpect(content().string(containsString("nicht so bestätigt")));
  }

  String mailedToken(String email) {
    KeptMails.KeptMail mail = KeptMails.newestTo(jdbc, email);
    Matcher token =
        Pattern.compile("/login/link/confirm\\?token=([A-Za-z0-9_-]+)").matcher(mail.body());
    assertThat(token.find()).isTrue();
    return token.group(1);
  }
}
