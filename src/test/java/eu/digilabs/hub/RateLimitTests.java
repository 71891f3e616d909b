package eu.digilabs.hub;

import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import eu.digilabs.hub.accounts.TestAccounts;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Rate limits of sign-in, sign-up, password resets, search, failure reports and organisers'
 * messages (limits of 2 or 3 an hour in this context): the request over the limit is 429 with
 * Retry-After, others are not held up, and signed-in people are counted by account.
 */
@LimitsTest
class RateLimitTests {

  static final AtomicInteger ADDRESSES = new AtomicInteger(1);

  @Autowired MockMvc mvc;
  @Autowired ApplicationContext context;

  /** An address no other test uses. */
  static RequestPostProcessor from(String address) {
    return r -> {
      r.setRemoteAddr(address);
      return r;
    };
  }

  static String newAddress() {
    int n = ADDRESSES.getAndIncrement();
    return "10.77." + (n / 250) + "." + (n % 250 + 1);
  }

  ResultActions signIn(String address, String email) throws Exception {
    return mvc.perform(
        post("/login")
            .param("email", email)
            .param("password", "wrong-password")
            .with(csrf())
            .with(from(address)));
  }

  @Test
  void signInIsLimitedPerAddress() throws Exception {
    String address = newAddress();
    for (int i = 0; i < 3; i++) {
      signIn(address, UUID.randomUUID() + "@example.org").andExpect(status().is3xxRedirection());
    }
    signIn(address, UUID.randomUUID() + "@example.org")
        .andExpect(status().isTooManyRequests())
        .andExpect(header().exists("Retry-After"));
    signIn(newAddress(), UUID.randomUUID() + "@example.org").andExpect(status().is3xxRedirection());
  }

  @Test
  void signInIsLimitedPerSubmittedEmailFromAnyAddress() throws Exception {
    String email = UUID.randomUUID() + "@example.org";
    signIn(newAddress(), email).andExpect(status().is3xxRedirection());
    signIn(newAddress(), " " + email.toUpperCase() + " ").andExpect(status().is3xxRedirection());
    signIn(newAddress(), email)
        .andExpect(status().isTooManyRequests())
        .andExpect(header().exists("Retry-After"));
    signIn(newAddress(), UUID.randomUUID() + "@example.org").andExpect(status().is3xxRedirection());
  }

  @Test
  void signUpAndPasswordResetMailsAreLimitedPerAddress() throws Exception {
    String address = newAddress();
    for (int i = 0; i < 2; i++) {
      mvc.perform(signUp(address)).andExpect(status().is(not(429)));
      mvc.perform(forgot(address)).andExpect(status().is(not(429)));
    }
    mvc.perform(signUp(address)).andExpect(status().isTooManyRequests());
    mvc.perform(forgot(address))
        .andExpect(status().isTooManyRequests())
        .andExpect(header().exists("Retry-After"));
    mvc.perform(forgot(newAddress())).andExpect(status().is(not(429)));
  }

  @Test
  void newVerificationAndLinkMailsCountAsPasswordMails() throws Exception {
    String address = newAddress();
    mvc.perform(mail("/verify/resend", address)).andExpect(status().is(not(429)));
    mvc.perform(mail("/login/link/mail", address)).andExpect(status().is(not(429)));
    mvc.perform(forgot(address)).andExpect(status().isTooManyRequests());
    mvc.perform(mail("/verify/resend", address)).andExpect(status().isTooManyRequests());
  }

  private static MockHttpServletRequestBuilder mail(String path, String address) {
    return post(path)
        .param("email", UUID.randomUUID() + "@example.org")
        .with(csrf())
        .with(from(address));
  }

  private static MockHttpServletRequestBuilder signUp(String address) {
    return post("/signup")
        .param("email", UUID.randomUUID() + "@example.org")
        .param("name", "Limit Tester")
        .param("password", "a-long-enough-password-1")
        .with(csrf())
        .with(from(address));
  }

  private static MockHttpServletRequestBuilder forgot(String address) {
    return post("/password/forgot")
        .param("email", UUID.randomUUID() + "@example.org")
        .with(csrf())
        .with(from(address));
  }

  @Test
  void searchPageApiAndSuggestionsAreLimitedEachOnItsOwn() throws Exception {
    String address = newAddress();
    for (int i = 0; i < 3; i++) {
      mvc.perform(get("/search").param("q", "portal").with(from(address)))
          .andExpect(status().isOk());
      mvc.perform(get("/api/v1/search").param("q", "portal").with(from(address)))
          .andExpect(status().isOk());
      mvc.perform(get("/search/suggest").param("q", "por").with(from(address)))
          .andExpect(status().isOk());
    }
    mvc.perform(get("/search").param("q", "portal").with(from(address)))
        .andExpect(status().isTooManyRequests())
        .andExpect(header().exists("Retry-After"));
    mvc.perform(get("/search/suggest").param("q", "por").with(from(address)))
        .andExpect(status().isTooManyRequests());
    mvc.perform(get("/api/v1/search").param("q", "portal").with(from(address)))
        .andExpect(status().isTooManyRequests())
        .andExpect(header().exists("Retry-After"))
        .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(jsonPath("$.status").value(429))
        .andExpect(jsonPath("$.retryAfter").isNumber());
    mvc.perform(get("/api/v1/search/similar/project/1").with(from(address)))
        .andExpect(status().isTooManyRequests());
    mvc.perform(get("/api/v1/search").param("q", "portal").with(from(newAddress())))
        .andExpect(status().isOk());
  }

  /** HEAD runs the same search as GET (without the body), so it spends the same allowance. */
  @Test
  void headRequestsCountLikeGets() throws Exception {
    String address = newAddress();
    for (int i = 0; i < 3; i++) {
      mvc.perform(MockMvcRequestBuilders.head("/search").param("q", "portal").with(from(address)))
          .andExpect(status().isOk());
    }
    mvc.perform(get("/search").param("q", "portal").with(from(address)))
        .andExpect(status().isTooManyRequests());
    mvc.perform(
            MockMvcRequestBuilders.head("/api/v1/search")
                .param("q", "portal")
                .with(from(newAddress())))
        .andExpect(status().isOk());
  }

  @Test
  void signedInPeopleAreCountedByAccountWhateverTheirAddress() throws Exception {
    String member = TestAccounts.member(context, UUID.randomUUID() + "@example.org");
    for (int i = 0; i < 2; i++) {
      mvc.perform(failureReport(member)).andExpect(status().is(not(429)));
      mvc.perform(organiserMessage(member)).andExpect(status().is(not(429)));
    }
    mvc.perform(failureReport(member))
        .andExpect(status().isTooManyRequests())
        .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON));
    mvc.perform(organiserMessage(member)).andExpect(status().isTooManyRequests());
    String other = TestAccounts.member(context, UUID.randomUUID() + "@example.org");
    mvc.perform(failureReport(other)).andExpect(status().is(not(429)));
  }

  private MockHttpServletRequestBuilder failureReport(String email) {
    return post("/api/v1/failure-reports")
        .contentType(MediaType.APPLICATION_JSON)
        .content("{}")
        .with(TestAccounts.as(context, email))
        .with(from(newAddress()));
  }

  private MockHttpServletRequestBuilder organiserMessage(String email) {
    return post("/events/1/message")
        .param("subject", "Room change")
        .param("body", "We meet in room 2.")
        .with(csrf())
        .with(TestAccounts.as(context, email))
        .with(from(newAddress()));
  }
}
