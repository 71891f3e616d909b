package eu.digilabs.hub.reuse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import eu.digilabs.hub.HubTest;
import eu.digilabs.hub.TestContent;
import eu.digilabs.hub.TestPages;
import eu.digilabs.hub.accounts.TestAccounts;
import eu.digilabs.hub.taxonomy.Catalogue;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * The marketplace as people use its pages: the provider's editor offers and publishes a solution, a
 * member of another lab declares interest, the provider moves it to live, and the solution page,
 * its adoption map and the comparison for the public service show it, in German and English. Forms
 * with errors keep what was typed.
 */
@HubTest
class SolutionPagesTests {

  @Autowired MockMvc mvc;
  @Autowired ApplicationContext context;
  @Autowired Catalogue catalogue;
  @Autowired SolutionService solutions;

  ResultActions form(String path, String email, String... params) throws Exception {
    var request = post(path).with(csrf()).with(TestAccounts.as(context, email));
    for (int i = 0; i + 1 < params.length; i += 2) {
      request.param(params[i], params[i + 1]);
    }
    return mvc.perform(request);
  }

  long bafoeg() {
    return catalogue.search("10056", 5).stream()
        .filter(s -> "10056".equals(s.key()))
        .findFirst()
        .orElseThrow()
        .id();
  }

  @Test
  void aSolutionIsOfferedTakenUpAndShownLive() throws Exception {
    String suffix = UUID.randomUUID().toString().substring(0, 8);
    String editor = TestAccounts.member(context, "p-" + suffix + "@example.org");
    long providerLab = TestContent.labWithEditor(context, "Anbieterlab " + suffix, editor);
    String reuser = TestAccounts.member(context, "r-" + suffix + "@example.org");
    long reuserLab = TestContent.labWithEditor(context, "Nachnutzerlab " + suffix, reuser);
    String name = "Antrag digital " + suffix;

    String location =
        form(
                "/solutions",
                editor,
                "name",
                name,
                "shortDescription",
                "Einmal gebaut, überall nutzbar",
                "providerLabId",
                Long.toString(providerLab),
                "kind",
                "online-service",
                "operatingModel",
                "provider-hosted",
                "status",
                "in-operation",
                "licence",
                "EUPL-1.2",
                "maturity",
                "3",
                "country",
                "DE",
                "region",
                "DE-HH",
                "serviceIds",
                Long.toString(bafoeg()),
                "readiness",
                "multi-tenant",
                "readiness",
                "accessibility-statement")
            .andExpect(status().is3xxRedirection())
            .andExpect(redirectedUrlPattern("/solutions/*"))
            .andReturn()
            .getResponse()
            .getRedirectedUrl();
    long id = Long.parseLong(location.substring("/solutions/".length()));
    mvc.perform(get("/solutions/" + id)).andExpect(status().isNotFound());
    form("/solutions/" + id + "/publish", editor).andExpect(status().is3xxRedirection());

    String visitorPage = TestPages.html(mvc, context, null, "/solutions/" + id, "de");
    assertThat(visitorPage)
        .contains(name, "Mandantenfähig", "Erklärung zur Barrierefreiheit", "Open Source")
        .contains("Melden Sie sich an, um Interesse")
        .doesNotContain("Datenschutzdokumentation");

    form(
            "/solutions/" + id + "/uptakes",
            reuser,
            "reuserLabId",
            Long.toString(reuserLab),
            "region",
            "DE-SL",
            "note",
            "Wir möchten das übernehmen")
        .andExpect(status().is3xxRedirection());
    assertThat(TestPages.html(mvc, context, null, "/solutions/" + id))
        .doesNotContain("Nachnutzerlab " + suffix);
    String providerPage = TestPages.html(mvc, context, editor, "/solutions/" + id);
    assertThat(providerPage).contains("Nachnutzerlab " + suffix, "Wir möchten das übernehmen");

    UptakeView uptake = TestAccounts.acting(context, editor, () -> uptakes(id).get(0));
    long version = uptake.version();
    for (String stage : List.of("in-agreement", "live")) {
      form(
              "/uptakes/" + uptake.id() + "/stage",
              editor,
              "stage",
              stage,
              "on",
              "2021-08-01",
              "version",
              Long.toString(version))
          .andExpect(status().is3xxRedirection());
      version = TestAccounts.acting(context, editor, () -> uptakes(id).get(0)).version();
    }

    String english = TestPages.html(mvc, context, null, "/solutions/" + id, "en");
    assertThat(english)
        .contains("Nachnutzerlab " + suffix, "Live and onboarding, by place", "Saarland")
        .contains("<svg role=\"img\"")
        .doesNotContain("Wir möchten das übernehmen");
    assertThat(TestPages.html(mvc, context, null, "/services/" + bafoeg() + "/solutions", "en"))
        .contains(name, "Run by the provider", "EUPL-1.2", "3 – online service");
    assertThat(TestPages.html(mvc, context, null, "/solutions?kind=online-service&region=DE-HH"))
        .contains(name);
    assertThat(TestPages.html(mvc, context, null, "/solutions?kind=standard")).doesNotContain(name);
  }

  @Test
  void formsWithErrorsKeepWhatWasTypedAndSayWhatIsWrong() throws Exception {
    String suffix = UUID.randomUUID().toString().substring(0, 8);
    String editor = TestAccounts.member(context, "p-" + suffix + "@example.org");
    long lab = TestContent.labWithEditor(context, "Anbieterlab " + suffix, editor);
    String typed = "Halbfertig " + suffix;
    String[] fields = {
      "name", typed,
      "providerLabId", Long.toString(lab),
      "kind", "standard",
      "operatingModel", "self-hosted",
      "status", "available",
      "licence", "EUPL-1.2-or-later"
    };
    String badAddress = page(form("/solutions", editor, with(fields, "contactEmail", "nope")));
    assertThat(badAddress)
        .contains("value=\"" + typed + "\"", "value=\"EUPL-1.2-or-later\"", "value=\"nope\"")
        .contains("id=\"contactEmail-error\"");
    String badChoices = page(form("/solutions", editor, fields));
    assertThat(badChoices)
        .contains("value=\"" + typed + "\"")
        .contains("id=\"licence-error\"", "EUPL-1.2+", "id=\"operatingModel-error\"");
    assertThat(TestAccounts.acting(context, editor, () -> solutions.forLab(lab))).isEmpty();

    mvc.perform(get("/solutions/new")).andExpect(status().is3xxRedirection());
  }

  static String page(ResultActions result) throws Exception {
    return result.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
  }

  static String[] with(String[] fields, String... more) {
    String[] all = Arrays.copyOf(fields, fields.length + more.length);
    System.arraycopy(more, 0, all, fields.length, more.length);
    return all;
  }

  private List<UptakeView> uptakes(long solutionId) {
    return context.getBean(UptakeService.class).forSolution(solutionId);
  }
}
