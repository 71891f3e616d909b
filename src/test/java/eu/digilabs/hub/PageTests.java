package eu.digilabs.hub;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.cookie;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import eu.digilabs.hub.accounts.AccountService;
import eu.digilabs.hub.accounts.SignUpService;
import eu.digilabs.hub.accounts.TestAccounts;
import eu.digilabs.hub.labs.LabFilter;
import eu.digilabs.hub.labs.LabService;
import eu.digilabs.hub.labs.LabView;
import eu.digilabs.hub.notifications.OutboxService;
import eu.digilabs.hub.projects.ProjectFilter;
import eu.digilabs.hub.projects.ProjectService;
import eu.digilabs.hub.taxonomy.Catalogue;
import jakarta.servlet.http.Cookie;
import java.util.Base64;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.data.domain.PageRequest;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/** What people see on the pages: languages, forms with errors next to fields, error pages. */
@HubTest
class PageTests {

  @Autowired MockMvc mvc;
  @Autowired ApplicationContext context;
  @Autowired LabService labs;
  @Autowired ProjectService projects;
  @Autowired AccountService accounts;

  LabView lab(String name) {
    return labs.list(new LabFilter(name, null, null, null, null), PageRequest.of(0, 1))
        .getContent()
        .get(0);
  }

  @Test
  void pagesSpeakTheBrowsersLanguageAndRememberAChosenOne() throws Exception {
    mvc.perform(get("/labs").header("Accept-Language", "de-DE,de;q=0.9"))
        .andExpect(
            content()
                .string(
                    allOf(
                        containsString("<html lang=\"de\">"),
                        containsString("Labore"),
                        containsString("Zum Inhalt springen"))));
    mvc.perform(get("/labs").header("Accept-Language", "fr-FR,fr;q=0.9,en;q=0.8"))
        .andExpect(
            content()
                .string(
                    allOf(
                        containsString("<html lang=\"fr\">"), containsString("Aller au contenu"))));
    // A language the hub has no bundle for: the browser's next choice, else English.
    mvc.perform(get("/labs").header("Accept-Language", "pl-PL,pl;q=0.9,de;q=0.8"))
        .andExpect(content().string(containsString("<html lang=\"de\">")));
    mvc.perform(get("/labs").header("Accept-Language", "pl-PL"))
        .andExpect(content().string(containsString("<html lang=\"en\">")));
    Cookie chosen =
        mvc.perform(get("/projects").param("lang", "de").header("Accept-Language", "en"))
            .andExpect(content().string(containsString("Projekte und Fälle")))
            .andExpect(cookie().exists("hub-lang"))
            .andReturn()
            .getResponse()
            .getCookie("hub-lang");
    mvc.perform(get("/").cookie(chosen).header("Accept-Language", "en"))
        .andExpect(content().string(containsString("Zuletzt aktualisierte Projekte")));
  }

  @Test
  void datesAndNumbersFollowTheLanguage() throws Exception {
    long bafoeg =
        projects
            .list(
                new ProjectFilter(
                    "BAföG Digital",
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null),
                0,
                1)
            .getContent()
            .get(0)
            .id();
    mvc.perform(get("/projects/" + bafoeg).param("lang", "de"))
        .andExpect(content().string(containsString("01.03.2019")));
    mvc.perform(get("/projects/" + bafoeg).param("lang", "en"))
        .andExpect(content().string(containsString("Mar 1, 2019")));
  }

  @Test
  void everyPageHasOneH1LandmarksAndASkipLink() throws Exception {
    for (String path :
        new String[] {
          "/",
          "/labs",
          "/projects",
          "/countries",
          "/open-data",
          "/dashboard",
          "/login",
          "/signup",
          "/labs/" + lab("Saarland").id(),
          "/about/accessibility"
        }) {
      String html = TestPages.html(mvc, context, null, path, null);
      assertThat(html.split("<h1", -1)).as(path).hasSize(2);
      assertThat(html)
          .as(path)
          .contains(
              "<main id=\"main\"", "<header", "<footer", "href=\"#main\"", "<nav aria-label=");
    }
  }

  @Test
  void responsesCarryStrictSecurityHeaders() throws Exception {
    mvc.perform(get("/"))
        .andExpect(
            header()
                .string(
                    "Content-Security-Policy",
                    allOf(
                        containsString("script-src 'self'"),
                        containsString("frame-ancestors 'none'"),
                        not(containsString("unsafe-inline")))))
        .andExpect(header().string("X-Content-Type-Options", "nosniff"))
        .andExpect(header().string("X-Frame-Options", "DENY"))
        .andExpect(header().string("Referrer-Policy", "strict-origin-when-cross-origin"));
  }

  @Test
  void formsNeedACsrfToken() throws Exception {
    mvc.perform(
            post("/labs")
                .param("name", "x")
                .param("country", "DE")
                .with(TestAccounts.as(context, "admin@digilabs.localhost")))
        .andExpect(status().isForbidden());
  }

  @Test
  void labFormShowsErrorsNextToTheFieldsAndKeepsWhatWasTyped() throws Exception {
    TestAccounts.member(context, "former@example.org");
    mvc.perform(
            post("/labs")
                .with(csrf())
                .with(TestAccounts.as(context, "former@example.org"))
                .param("lang", "en")
                .param("name", "")
                .param("shortName", "Kurz")
                .param("country", "DE")
                .param("foundedYear", "nineteen")
                .param("website", "ftp://x")
                .param("region", "Bremen"))
        .andExpect(status().isOk())
        .andExpect(
            content()
                .string(
                    allOf(
                        containsString("id=\"name-error\""),
                        containsString("id=\"foundedYear-error\""),
                        containsString("Please enter a whole number."),
                        containsString("value=\"nineteen\""),
                        containsString("value=\"Kurz\""),
                        containsString("value=\"Bremen\""),
                        containsString("id=\"website-error\""),
                        containsString("<a href=\"#name\">"))));
  }

  @Test
  void aLogoMustBeAnImageOfAtMostTwoMegabytes() throws Exception {
    TestAccounts.member(context, "logo@example.org");
    MockMultipartFile svg =
        new MockMultipartFile(
            "logo",
            "logo.svg",
            "image/svg+xml",
            "<svg xmlns=\"http://www.w3.org/2000/svg\"/>".getBytes());
    mvc.perform(
            multipart("/labs")
                .file(svg)
                .with(csrf())
                .with(TestAccounts.as(context, "logo@example.org"))
                .param("lang", "en")
                .param("name", "Logo Lab")
                .param("country", "DE"))
        .andExpect(status().isOk())
        .andExpect(
            content()
                .string(
                    allOf(
                        containsString("id=\"logo-error\""),
                        containsString("must be a PNG or JPEG"),
                        containsString("value=\"Logo Lab\""))));
    byte[] big = new byte[2 * 1024 * 1024 + 10];
    big[0] = (byte) 0x89;
    big[1] = 'P';
    big[2] = 'N';
    big[3] = 'G';
    big[4] = 0x0D;
    big[5] = 0x0A;
    big[6] = 0x1A;
    big[7] = 0x0A;
    mvc.perform(
            multipart("/labs")
                .file(new MockMultipartFile("logo", "big.png", "image/png", big))
                .with(csrf())
                .with(TestAccounts.as(context, "logo@example.org"))
                .param("lang", "en")
                .param("name", "Logo Lab")
                .param("country", "DE"))
        .andExpect(content().string(containsString("larger than 2 MB")));
    assertThat(
            labs.list(new LabFilter("Logo Lab", null, null, null, null), PageRequest.of(0, 5))
                .getTotalElements())
        .isZero();
    byte[] png =
        Base64.getDecoder()
            .decode(
                "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==");
    String location =
        mvc.perform(
                multipart("/labs")
                    .file(new MockMultipartFile("logo", "dot.png", "image/png", png))
                    .with(csrf())
                    .with(TestAccounts.as(context, "logo@example.org"))
                    .param("name", "Logo Lab")
                    .param("country", "DE"))
            .andExpect(status().is3xxRedirection())
            .andReturn()
            .getResponse()
            .getRedirectedUrl();
    mvc.perform(get(location + "/logo"))
        .andExpect(status().isOk())
        .andExpect(header().string("Content-Type", "image/png"));
  }

  @Test
  void aStaleEditKeepsTheInputAndSaysWhatHappened() throws Exception {
    TestAccounts.member(context, "stale@example.org");
    String location =
        mvc.perform(
                post("/labs")
                    .with(csrf())
                    .with(TestAccounts.as(context, "stale@example.org"))
                    .param("name", "Stale Lab")
                    .param("country", "DE"))
            .andReturn()
            .getResponse()
            .getRedirectedUrl();
    mvc.perform(
            post(location)
                .with(csrf())
                .with(TestAccounts.as(context, "stale@example.org"))
                .param("name", "Stale Lab A")
                .param("country", "DE")
                .param("version", "0"))
        .andExpect(status().is3xxRedirection());
    mvc.perform(
            post(location)
                .with(csrf())
                .with(TestAccounts.as(context, "stale@example.org"))
                .param("lang", "en")
                .param("name", "Stale Lab B")
                .param("country", "DE")
                .param("version", "0"))
        .andExpect(status().isOk())
        .andExpect(
            content()
                .string(
                    allOf(
                        containsString("Someone else saved a change"),
                        containsString("value=\"Stale Lab B\""))));
  }

  @Test
  void userMarkdownIsRenderedButScriptsAreRemoved() throws Exception {
    TestAccounts.member(context, "md@example.org");
    String location =
        mvc.perform(
                post("/labs")
                    .with(csrf())
                    .with(TestAccounts.as(context, "md@example.org"))
                    .param("name", "Markdown Lab")
                    .param("country", "DE")
                    .param(
                        "description",
                        "# Welcome\n\n**bold** <script>alert(1)</script> [link](javascript:alert(2)) <img src=x onerror=alert(3)>"))
            .andReturn()
            .getResponse()
            .getRedirectedUrl();
    mvc.perform(get(location))
        .andExpect(
            content()
                .string(
                    allOf(
                        containsString("<h3>Welcome</h3>"),
                        containsString("<strong>bold</strong>"),
                        not(containsString("<script>alert")),
                        not(containsString("javascript:")),
                        not(containsString("onerror")))));
  }

  @Test
  void aProjectIsCreatedWithServicesFromThePickerAndDraftsStayHidden() throws Exception {
    LabView prosoz = lab("Prosoz");
    String editor = "editor@demo.digilabs.localhost";
    mvc.perform(
            post("/projects")
                .with(csrf())
                .with(TestAccounts.as(context, editor))
                .param("lang", "en")
                .param("title", "Elterngeld Plus")
                .param("leadLabId", Long.toString(prosoz.id()))
                .param("serviceQuery", "Elterngeld")
                .param("action", "findServices"))
        .andExpect(status().isOk())
        .andExpect(
            content()
                .string(
                    allOf(
                        containsString("Elterngeld (OZG 10000)"),
                        containsString("value=\"Elterngeld Plus\""))));
    long elterngeld = context.getBean(Catalogue.class).search("10000", 1).get(0).id();
    String location =
        mvc.perform(
                post("/projects")
                    .with(csrf())
                    .with(TestAccounts.as(context, editor))
                    .param("title", "Elterngeld Plus")
                    .param("leadLabId", Long.toString(prosoz.id()))
                    .param("serviceIds", Long.toString(elterngeld))
                    .param("figuresText", "Processing time: -25 %")
                    .param("linksText", "https://example.org/elterngeld Portal")
                    .param("startDate", "2024-05-01"))
            .andExpect(status().is3xxRedirection())
            .andReturn()
            .getResponse()
            .getRedirectedUrl();
    mvc.perform(get(location)).andExpect(status().isNotFound());
    mvc.perform(get("/projects").param("q", "Elterngeld Plus"))
        .andExpect(content().string(not(containsString("Elterngeld Plus</a>"))));
    mvc.perform(get(location).with(TestAccounts.as(context, editor)).param("lang", "en"))
        .andExpect(
            content()
                .string(
                    allOf(
                        containsString("Elterngeld (OZG 10000)"),
                        containsString("Processing time"),
                        containsString("Draft"))));
    mvc.perform(post(location + "/publish").with(csrf()).with(TestAccounts.as(context, editor)))
        .andExpect(status().is3xxRedirection());
    mvc.perform(get("/projects").param("service", Long.toString(elterngeld)))
        .andExpect(content().string(containsString("Elterngeld Plus")));
    mvc.perform(get("/labs/" + prosoz.id()).param("lang", "en"))
        .andExpect(content().string(containsString("Elterngeld Plus")));
  }

  @Test
  void aProjectCanOnlyBeLedByALabTheEditorEdits() throws Exception {
    LabView prosoz = lab("Prosoz");
    LabView swiss = lab("Swiss");
    mvc.perform(
            get("/projects/new").with(TestAccounts.as(context, "editor@demo.digilabs.localhost")))
        .andExpect(
            content()
                .string(
                    allOf(
                        containsString("<option value=\"" + prosoz.id() + "\""),
                        not(containsString("<option value=\"" + swiss.id() + "\"")),
                        containsString("id=\"partnerLabIds-" + swiss.id() + "\""))));
  }

  @Test
  void theCountryOverviewCountsLabsAndProjects() throws Exception {
    mvc.perform(get("/countries").param("lang", "en"))
        .andExpect(
            content()
                .string(
                    allOf(
                        containsString("<caption>Labs and projects per country</caption>"),
                        containsString("Estonia"),
                        containsString("/labs?country=EE"))));
  }

  @Test
  void adminPagesAreForAdminsOnly() throws Exception {
    TestAccounts.member(context, "nosy@example.org");
    mvc.perform(get("/admin/outbox").with(TestAccounts.as(context, "nosy@example.org")))
        .andExpect(status().isForbidden());
    mvc.perform(get("/admin/outbox").with(TestAccounts.as(context, "admin@digilabs.localhost")))
        .andExpect(status().isOk());
    mvc.perform(get("/admin/imports").with(TestAccounts.as(context, "admin@digilabs.localhost")))
        .andExpect(status().isOk());
  }

  @Test
  void withoutSmtpMailsWaitInTheOutboxWithoutAnError() {
    context
        .getBean(SignUpService.class)
        .signUp("outbox-only@example.org", "Outbox Only", "long-enough-password", Locale.ENGLISH);
    var mail =
        TestAccounts.acting(
            context,
            "admin@digilabs.localhost",
            () ->
                context.getBean(OutboxService.class).outbox().stream()
                    .filter(m -> m.recipient().equals("outbox-only@example.org"))
                    .findFirst()
                    .orElseThrow());
    assertThat(mail.error()).isNull();
    assertThat(mail.sentAt()).isNull();
  }
}
