package eu.digilabs.hub;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import eu.digilabs.hub.accounts.AccountService;
import eu.digilabs.hub.accounts.TestAccounts;
import eu.digilabs.hub.labs.LabFilter;
import eu.digilabs.hub.labs.LabService;
import eu.digilabs.hub.shared.startup.StartupTasks;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.data.domain.PageRequest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.result.MockMvcResultMatchers;

/**
 * The prod profile never loads demo content, even when asked to, keeps demo accounts from signing
 * in, hides Swagger UI and sends HSTS.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles({"test", "prod"})
@TestPropertySource(properties = "hub.demo.enabled=true")
class ProdProfileTests {

  @Autowired LabService labs;
  @Autowired MockMvc mvc;
  @Autowired AccountService accounts;
  @Autowired ApplicationContext context;

  @Test
  void noDemoContentInProduction() throws Exception {
    assertThat(labs.list(LabFilter.none(), PageRequest.of(0, 1)).getTotalElements()).isZero();
    mvc.perform(get("https://hub.example.org/"))
        .andExpect(
            header()
                .string("Strict-Transport-Security", Matchers.containsString("max-age=31536000")));
  }

  @Test
  void demoAccountsFromAnEarlierDemoStartCannotSignIn() throws Exception {
    String email = "editor@demo.digilabs.localhost";
    TestAccounts.demoAccount(context, email, "Dana Demo", "digilabs-demo-2021");
    // A restart in the prod profile: the start-up tasks run again.
    StartupTasks startup = context.getBean(StartupTasks.class);
    startup.stop();
    startup.start();
    mvc.perform(
            post("https://hub.example.org/login")
                .param("email", email)
                .param("password", "digilabs-demo-2021")
                .with(csrf()))
        .andExpect(redirectedUrl("/login?error"));
    assertThat(accounts.byEmail(email).orElseThrow().verified()).isFalse();
  }

  @Test
  void swaggerUiIsOffButTheApiDocumentStays() throws Exception {
    mvc.perform(get("https://hub.example.org/swagger-ui.html")).andExpect(status().isNotFound());
    mvc.perform(get("https://hub.example.org/swagger-ui/index.html"))
        .andExpect(status().isNotFound());
    mvc.perform(get("https://hub.example.org/v3/api-docs")).andExpect(status().isOk());
  }

  @Test
  void theSessionCookieIsAHostOnlyCookieAndThePrivacyPageNamesIt() throws Exception {
    mvc.perform(get("https://hub.example.org/about/privacy").param("lang", "en"))
        .andExpect(
            MockMvcResultMatchers.content()
                .string(Matchers.containsString("<code>__Host-hub-session</code>")));
  }
}
