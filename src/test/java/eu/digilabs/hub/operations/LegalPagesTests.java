package eu.digilabs.hub.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import eu.digilabs.hub.HubTest;
import eu.digilabs.hub.accounts.TestAccounts;
import eu.digilabs.hub.shared.HubProperties;
import eu.digilabs.hub.web.LegalPages;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.micrometer.metrics.test.autoconfigure.AutoConfigureMetrics;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The legal pages belong to the operator: shipped Markdown defaults (with the BITV 2.0 statement's
 * parts), the operator's copies in the data directory, edited by admins only with a conflict check;
 * the site's name and logo are configured. (Same configuration as the operator endpoint tests, so
 * both share one context.)
 */
@HubTest
@AutoConfigureMetrics
@TestPropertySource(properties = {"hub.site.name=Stadtlabor Nord", "hub.site.logo=site/logo.png"})
class LegalPagesTests {

  static final String ADMIN = "admin@digilabs.localhost";

  @Autowired MockMvc mvc;
  @Autowired ApplicationContext context;
  @Autowired LegalPages pages;
  @Autowired HubProperties hub;

  @Test
  void theShippedAccessibilityStatementHasEveryPartBitvAsksFor() throws Exception {
    mvc.perform(get("/about/accessibility").param("lang", "de"))
        .andExpect(status().isOk())
        .andExpect(
            content()
                .string(
                    allOf(
                        containsString("<h2>Stand der Vereinbarkeit mit den Anforderungen</h2>"),
                        containsString("teilweise vereinbar"),
                        containsString("<h2>Nicht barrierefreie Inhalte</h2>"),
                        containsString("<h2>Erstellung dieser Erklärung</h2>"),
                        containsString("<h2>Feedback und Kontakt</h2>"),
                        containsString("Schlichtungsstelle"))));
    mvc.perform(get("/about/accessibility").param("lang", "en"))
        .andExpect(
            content()
                .string(
                    allOf(
                        containsString("<h2>Compliance status</h2>"),
                        containsString("<h2>Arbitration procedure</h2>"))));
    mvc.perform(get("/about/privacy").param("lang", "en"))
        .andExpect(content().string(containsString("no tracking")));
  }

  @Test
  void anAdminsImprintReplacesTheShippedOneWithoutScripts() throws Exception {
    String version = pages.text("imprint", "de").version();
    mvc.perform(
            post("/admin/legal/imprint/de")
                .with(TestAccounts.as(context, ADMIN))
                .with(csrf())
                .param("version", version)
                .param("markdown", "# Stadt Kiel\n\nRathaus, 24103 Kiel <script>alert(1)</script>"))
        .andExpect(redirectedUrl("/admin/legal/imprint/de"));
    mvc.perform(get("/about/imprint").param("lang", "de"))
        .andExpect(
            content()
                .string(
                    allOf(
                        containsString("<h2>Stadt Kiel</h2>"),
                        containsString("Rathaus, 24103 Kiel"),
                        not(containsString("alert(1)")))));
    assertThat(Files.readString(pages.file("imprint", "de"))).startsWith("# Stadt Kiel");
    mvc.perform(get("/about/imprint").param("lang", "en"))
        .andExpect(content().string(containsString("Authorised representative")));
    mvc.perform(get("/admin/legal").with(TestAccounts.as(context, ADMIN)).param("lang", "en"))
        .andExpect(content().string(containsString("Written by this installation")));
  }

  @Test
  void aSaveOverAChangeMadeMeanwhileIsRefusedAndTheInputKept() throws Exception {
    String version = pages.text("imprint", "en").version();
    mvc.perform(
            post("/admin/legal/imprint/en")
                .with(TestAccounts.as(context, ADMIN))
                .with(csrf())
                .param("version", version)
                .param("markdown", "First admin's imprint"))
        .andExpect(status().is3xxRedirection());
    mvc.perform(
            post("/admin/legal/imprint/en")
                .with(TestAccounts.as(context, ADMIN))
                .with(csrf())
                .param("lang", "en")
                .param("version", version)
                .param("markdown", "Second admin's imprint"))
        .andExpect(status().isOk())
        .andExpect(
            content()
                .string(
                    allOf(
                        containsString("Someone else saved a change"),
                        containsString(">Second admin's imprint</textarea>"))));
    assertThat(pages.text("imprint", "en").markdown()).contains("First admin's imprint");
  }

  @Test
  void aBlankTextIsShownAsAnErrorNextToTheField() throws Exception {
    mvc.perform(
            post("/admin/legal/privacy/en")
                .with(TestAccounts.as(context, ADMIN))
                .with(csrf())
                .param("lang", "en")
                .param("version", pages.text("privacy", "en").version())
                .param("markdown", "  "))
        .andExpect(status().isOk())
        .andExpect(
            content()
                .string(
                    allOf(
                        containsString("id=\"markdown-error\""),
                        containsString("Enter the page's text."),
                        containsString("aria-invalid=\"true\""))));
    assertThat(pages.text("privacy", "en").own()).isFalse();
  }

  @Test
  void onlyAdminsEditLegalPages() throws Exception {
    String member = TestAccounts.member(context, "legal-member@example.org");
    String version = pages.text("privacy", "de").version();
    mvc.perform(get("/admin/legal/privacy/de").with(TestAccounts.as(context, member)))
        .andExpect(status().isForbidden());
    mvc.perform(
            post("/admin/legal/privacy/de")
                .with(TestAccounts.as(context, member))
                .with(csrf())
                .param("version", version)
                .param("markdown", "Gekapert"))
        .andExpect(status().isForbidden());
    mvc.perform(
            post("/admin/legal/privacy/de")
                .with(csrf())
                .param("version", version)
                .param("markdown", "Gekapert"))
        .andExpect(status().is3xxRedirection())
        .andExpect(header().string("Location", containsString("/login")));
    mvc.perform(
            post("/admin/legal/privacy/de")
                .with(TestAccounts.as(context, ADMIN))
                .param("version", version)
                .param("markdown", "Ohne CSRF"))
        .andExpect(status().isForbidden());
    assertThat(pages.text("privacy", "de").own()).isFalse();
    mvc.perform(get("/admin/legal/unknown/de").with(TestAccounts.as(context, ADMIN)))
        .andExpect(status().isNotFound());
  }

  @Test
  void theSiteNameAndLogoAreTheOperators() throws Exception {
    byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13};
    Path logo = hub.dataPath().resolve("site/logo.png");
    Files.createDirectories(logo.getParent());
    Files.write(logo, png);
    mvc.perform(get("/about/imprint").param("lang", "en"))
        .andExpect(
            content()
                .string(
                    allOf(
                        containsString("<title>Imprint · Stadtlabor Nord</title>"),
                        containsString(
                            "<img src=\"/site/logo\" alt=\"\" height=\"32\"> Stadtlabor Nord</a>"))));
    mvc.perform(get("/site/logo"))
        .andExpect(status().isOk())
        .andExpect(header().string("Content-Type", "image/png"))
        .andExpect(content().bytes(png));
  }
}
