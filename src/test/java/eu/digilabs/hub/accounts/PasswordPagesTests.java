package eu.digilabs.hub.accounts;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import eu.digilabs.hub.HubTest;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;

/** Long and weak passwords are field errors next to the input, on every form that sets one. */
@HubTest
class PasswordPagesTests {

  /** 68 characters, 79 bytes: bcrypt's limit is 72 bytes. */
  static final String LONG = "Schöne Grüße aus Köln, München, Düsseldorf, Würzburg und Lübeck: ÄÖÜ";

  @Autowired MockMvc mvc;
  @Autowired ApplicationContext context;

  @Test
  void signUpWithMoreThan72BytesIsAFieldErrorNotAServerError() throws Exception {
    mvc.perform(
            post("/signup")
                .with(csrf())
                .param("lang", "en")
                .param("email", "long-" + UUID.randomUUID() + "@example.org")
                .param("displayName", "Long")
                .param("password", LONG)
                .param("passwordRepeat", LONG))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("id=\"password-error\"")))
        .andExpect(content().string(containsString("at most 72 bytes")));
  }

  @Test
  void signUpWithACommonPasswordSaysWhyInThePagesLanguage() throws Exception {
    mvc.perform(
            post("/signup")
                .with(csrf())
                .param("lang", "de")
                .param("email", "weak-" + UUID.randomUUID() + "@example.org")
                .param("displayName", "Weak")
                .param("password", "password1234")
                .param("passwordRepeat", "password1234"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("id=\"password-error\"")))
        .andExpect(content().string(containsString("zu leicht zu erraten")))
        .andExpect(content().string(containsString("sehr häufig verwendetes Passwort")));
  }

  @Test
  void aChangeToAnOverlongOrNameBasedPasswordIsRefused() throws Exception {
    String email =
        TestAccounts.member(context, "quentin.zabrowski." + UUID.randomUUID() + "@example.org");
    mvc.perform(
            post("/profile/password")
                .with(csrf())
                .with(TestAccounts.as(context, email))
                .param("lang", "en")
                .param("currentPassword", "member-password-1")
                .param("newPassword", LONG)
                .param("newPasswordRepeat", LONG))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("id=\"newPassword-error\"")))
        .andExpect(content().string(containsString("at most 72 bytes")));
    mvc.perform(
            post("/profile/password")
                .with(csrf())
                .with(TestAccounts.as(context, email))
                .param("lang", "en")
                .param("currentPassword", "member-password-1")
                .param("newPassword", "zabrowskiquentin")
                .param("newPasswordRepeat", "zabrowskiquentin"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("too easy to guess")));
  }
}
