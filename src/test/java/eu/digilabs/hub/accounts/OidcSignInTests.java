package eu.digilabs.hub.accounts;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import eu.digilabs.hub.HubTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * With a client registration configured, the sign-in page offers the provider and sends the browser
 * to its authorization endpoint (the provider's endpoints are given explicitly, so nothing is
 * fetched from outside). Without one, OIDC stays off (see the other tests' login pages).
 */
@HubTest
@TestPropertySource(
    properties = {
      "spring.security.oauth2.client.registration.landid.client-id=digilabs-hub",
      "spring.security.oauth2.client.registration.landid.client-secret=secret",
      "spring.security.oauth2.client.registration.landid.client-name=Landes-ID",
      "spring.security.oauth2.client.registration.landid.authorization-grant-type=authorization_code",
      "spring.security.oauth2.client.registration.landid.redirect-uri={baseUrl}/login/oauth2/code/{registrationId}",
      "spring.security.oauth2.client.registration.landid.scope=openid,email,profile",
      "spring.security.oauth2.client.provider.landid.authorization-uri=http://localhost:9/authorize",
      "spring.security.oauth2.client.provider.landid.token-uri=http://localhost:9/token",
      "spring.security.oauth2.client.provider.landid.jwk-set-uri=http://localhost:9/jwks",
      "spring.security.oauth2.client.provider.landid.user-info-uri=http://localhost:9/userinfo",
      "spring.security.oauth2.client.provider.landid.user-name-attribute=sub"
    })
class OidcSignInTests {

  @Autowired MockMvc mvc;

  @Test
  void aConfiguredProviderIsOfferedAndSignInStartsThere() throws Exception {
    mvc.perform(get("/login").param("lang", "en"))
        .andExpect(
            content()
                .string(
                    allOf(
                        containsString("Sign in with Landes-ID"),
                        containsString("href=\"/oauth2/authorization/landid\""))));
    mvc.perform(get("/oauth2/authorization/landid"))
        .andExpect(status().is3xxRedirection())
        .andExpect(
            header()
                .string(
                    "Location",
                    allOf(
                        startsWith("http://localhost:9/authorize?"),
                        containsString("client_id=digilabs-hub"),
                        containsString("scope=openid"))));
  }
}
