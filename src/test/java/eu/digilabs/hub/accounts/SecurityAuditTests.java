package eu.digilabs.hub.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import eu.digilabs.hub.HubTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The security log names sign-ins that succeed or fail and refused requests by account id, never by
 * email address (ASVS V7.2.1, V7.2.2); API answers are downloads, not pages (ASVS V14.4.2).
 */
@HubTest
@ExtendWith(OutputCaptureExtension.class)
class SecurityAuditTests {

  @Autowired MockMvc mvc;
  @Autowired ApplicationContext context;
  @Autowired Accounts accounts;

  @Test
  void signInsAndRefusalsAreLoggedByAccountIdWithoutTheAddress(CapturedOutput output)
      throws Exception {
    String email = TestAccounts.member(context, "audited-member@example.org");
    long id = accounts.findByEmailIgnoreCase(email).orElseThrow().id();

    mvc.perform(
            post("/login")
                .param("email", email)
                .param("password", "not the password at all")
                .with(csrf()))
        .andExpect(redirectedUrl("/login?error"));
    mvc.perform(
            post("/login")
                .param("email", email)
                .param("password", "member-password-1")
                .with(csrf()))
        .andExpect(redirectedUrl("/"));
    mvc.perform(post("/admin/assistant").with(TestAccounts.as(context, email)).with(csrf()))
        .andExpect(status().isForbidden());

    assertThat(output.getOut())
        .contains("Sign-in failed: BadCredentialsException")
        .contains("Sign-in succeeded: account " + id)
        .contains("Access denied: POST /admin/assistant for account " + id)
        .doesNotContain(email);
  }

  @Test
  void apiAnswersAreDownloadsWhileNamedFilesKeepTheirName() throws Exception {
    mvc.perform(get("/api/v1/labs"))
        .andExpect(status().isOk())
        .andExpect(header().string("Content-Disposition", "attachment; filename=\"api.json\""));
    mvc.perform(get("/labs")).andExpect(header().doesNotExist("Content-Disposition"));
  }
}
