package eu.digilabs.hub.reuse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import eu.digilabs.hub.HubTest;
import eu.digilabs.hub.TestContent;
import eu.digilabs.hub.TestPages;
import eu.digilabs.hub.accounts.TestAccounts;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;

/**
 * "Download my data" holds the uptakes a person declared and the notes they wrote; deleting the
 * account keeps the uptake (it is the organisation's) and shows a former member as its author.
 */
@HubTest
class ReusePersonalDataTests {

  @Autowired MockMvc mvc;
  @Autowired ApplicationContext context;

  @Test
  void uptakesAreInTheDownloadAndStayWhenTheDeclarerLeaves() throws Exception {
    String suffix = UUID.randomUUID().toString().substring(0, 8);
    String editor = TestAccounts.member(context, "prov-" + suffix + "@example.org");
    long lab = TestContent.labWithEditor(context, "Provider " + suffix, editor);
    long solution =
        TestContent.publishedSolution(context, ReuseFixtures.solution("Portal " + suffix, lab));
    String declarer = "declarer-" + suffix + "@example.org";
    long uptake = ReuseFixtures.interestOfOrganisation(context, declarer, solution);

    String json =
        mvc.perform(get("/profile/data").with(TestAccounts.as(context, declarer)))
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(json)
        .contains("\"reuse\"", "\"declaredUptakes\"", "\"uptakeId\":" + uptake)
        .contains("\"note\":\"Interested\"");

    mvc.perform(
            post("/profile/delete")
                .param("password", "member-password-1")
                .with(csrf())
                .with(TestAccounts.as(context, declarer)))
        .andExpect(redirectedUrl("/account-deleted"));

    String providerPage = TestPages.html(mvc, context, editor, "/solutions/" + solution);
    assertThat(providerPage)
        .contains("id=\"uptake-" + uptake + "\"", "former member", "Interested")
        .doesNotContain("Test " + declarer);
  }
}
