package eu.digilabs.hub.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import eu.digilabs.hub.HubTest;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** API tokens expire and have a scope; the profile form chooses both. */
@HubTest
class TokenScopeTests {

  @Autowired MockMvc mvc;
  @Autowired ApplicationContext context;
  @Autowired AccountService accounts;
  @Autowired ApiTokens tokens;

  long member() {
    String email = TestAccounts.member(context, "scope-" + UUID.randomUUID() + "@example.org");
    return accounts.byEmail(email).orElseThrow().id();
  }

  static MockHttpServletRequestBuilder newLab(String token) {
    return post("/api/v1/labs")
        .header("Authorization", "Bearer " + token)
        .contentType(MediaType.APPLICATION_JSON)
        .content("{\"name\":\"Scope Lab\",\"country\":\"DE\"}");
  }

  @Test
  void aReadTokenReadsButItsWritesAreForbidden() throws Exception {
    String token = accounts.createToken(member(), "reader", 30, TokenScope.READ);
    mvc.perform(get("/api/v1/labs").header("Authorization", "Bearer " + token))
        .andExpect(status().isOk());
    mvc.perform(newLab(token))
        .andExpect(status().isForbidden())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(jsonPath("$.status").value(403))
        .andExpect(jsonPath("$.detail").value(containsString("scope read")));
  }

  @Test
  void anExpiredTokenIsUnauthorizedWhateverTheRequest() throws Exception {
    long id = member();
    String secret = AccountService.TOKEN_PREFIX + Tokens.random(32);
    tokens.save(
        new ApiToken(
            id,
            "old",
            Tokens.sha256(secret),
            secret.substring(0, 10),
            TokenScope.WRITE,
            Instant.now().minusSeconds(60)));
    mvc.perform(newLab(secret))
        .andExpect(status().isUnauthorized())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(jsonPath("$.detail").value(containsString("expired")));
    mvc.perform(get("/api/v1/labs").header("Authorization", "Bearer " + secret))
        .andExpect(status().isUnauthorized());
  }

  @Test
  void theProfileChoosesLifetimeAndScopeWithinBounds() throws Exception {
    String email = TestAccounts.member(context, "form-" + UUID.randomUUID() + "@example.org");
    mvc.perform(
            post("/profile/tokens")
                .with(csrf())
                .with(TestAccounts.as(context, email))
                .param("lang", "en")
                .param("name", "too long")
                .param("days", "400")
                .param("scope", "READ"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("id=\"days-error\"")))
        .andExpect(content().string(containsString("value=\"400\"")));
    mvc.perform(
            post("/profile/tokens")
                .with(csrf())
                .with(TestAccounts.as(context, email))
                .param("lang", "en")
                .param("name", "dashboard")
                .param("days", "7")
                .param("scope", "READ"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("only read")));
    long id = accounts.byEmail(email).orElseThrow().id();
    TokenView made = accounts.tokens(id).get(0);
    assertThat(made.scope()).isEqualTo(TokenScope.READ);
    assertThat(made.expiresAt())
        .isBetween(Instant.now().plusSeconds(6 * 86400), Instant.now().plusSeconds(7 * 86400));
  }

  @Test
  void tokensWithoutAChosenLifetimeLastNinetyDaysAndMayWrite() {
    long id = member();
    accounts.createToken(id, "default");
    TokenView made = accounts.tokens(id).get(0);
    assertThat(made.scope()).isEqualTo(TokenScope.WRITE);
    assertThat(made.expiresAt())
        .isBetween(Instant.now().plusSeconds(89 * 86400), Instant.now().plusSeconds(90 * 86400));
  }

  /** A sign-in lock is about passwords: anyone could trigger it, so it must not stop tokens. */
  @Test
  void aLockedAccountsTokensKeepWorking() throws Exception {
    long id = member();
    String token = accounts.createToken(id, "integration", 30, TokenScope.READ);
    Account account = context.getBean(Accounts.class).findById(id).orElseThrow();
    account.failedSignIn(Instant.now(), 1, Duration.ofMinutes(15));
    context.getBean(Accounts.class).save(account);
    assertThat(context.getBean(Accounts.class).findById(id).orElseThrow().locked(Instant.now()))
        .isTrue();
    mvc.perform(get("/api/v1/labs").header("Authorization", "Bearer " + token))
        .andExpect(status().isOk());
  }
}
