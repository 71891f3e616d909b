package eu.digilabs.hub.cooperation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import eu.digilabs.hub.Fixtures;
import eu.digilabs.hub.HubTest;
import eu.digilabs.hub.TestContent;
import eu.digilabs.hub.TestPages;
import eu.digilabs.hub.accounts.AccountService;
import eu.digilabs.hub.accounts.TestAccounts;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Profiles are private by default; a member shows theirs to members or to everyone. The directory
 * and the lab pages show nobody else, filter by expertise, language and country, and never show an
 * email address.
 */
@HubTest
class MemberDirectoryTests {

  @Autowired MockMvc mvc;
  @Autowired ApplicationContext context;
  @Autowired AccountService accounts;

  @Test
  void onlyShownProfilesAppearAndNeverWithTheirAddress() throws Exception {
    String tag = UUID.randomUUID().toString().substring(0, 8);
    String hidden = TestAccounts.member(context, "hidden-" + tag + "@example.org");
    String open = TestAccounts.member(context, "open-" + tag + "@example.org");
    String members = TestAccounts.member(context, "members-" + tag + "@example.org");
    long lab = TestContent.lab(context, Fixtures.lab("Directory lab " + tag));
    for (String email : new String[] {hidden, open, members}) {
      TestAccounts.inLab(context, lab, email, false);
    }
    show(open, "Olga Open " + tag, "PUBLIC", "Chatbots and service design " + tag);
    show(members, "Mia Members " + tag, "MEMBERS", "Machine translation " + tag);
    show(hidden, "Hugo Hidden " + tag, "PRIVATE", "Robotics " + tag);

    String visitor = TestPages.html(mvc, context, null, "/members?expertise=" + tag);
    assertThat(visitor)
        .contains("Olga Open " + tag)
        .doesNotContain("Mia Members " + tag, "Hugo Hidden " + tag, "@example.org");
    // Another member looks (the page greets its viewer by name, so not one of the three).
    String viewer = TestAccounts.member(context, "viewer-" + tag + "@example.org");
    String member = TestPages.html(mvc, context, viewer, "/members?expertise=" + tag);
    assertThat(member)
        .contains("Olga Open " + tag, "Mia Members " + tag)
        .doesNotContain("Hugo Hidden " + tag);
    assertThat(TestPages.html(mvc, context, viewer, "/members?expertise=chatbots"))
        .contains("Olga Open " + tag)
        .doesNotContain("Mia Members " + tag);
    assertThat(TestPages.html(mvc, context, viewer, "/members?country=DE&expertise=" + tag))
        .contains("Olga Open " + tag);
    assertThat(TestPages.html(mvc, context, viewer, "/members?country=EE&expertise=" + tag))
        .doesNotContain("Olga Open " + tag);

    long hiddenId = accounts.byEmail(hidden).orElseThrow().id();
    long openId = accounts.byEmail(open).orElseThrow().id();
    long membersId = accounts.byEmail(members).orElseThrow().id();
    mvc.perform(get("/members/" + hiddenId)).andExpect(status().isNotFound());
    mvc.perform(get("/members/" + membersId)).andExpect(status().isNotFound());
    assertThat(TestPages.html(mvc, context, null, "/members/" + openId))
        .contains("Directory lab " + tag)
        .doesNotContain(open);

    String labPage = TestPages.html(mvc, context, null, "/labs/" + lab);
    assertThat(labPage)
        .contains("Olga Open " + tag)
        .doesNotContain("Hugo Hidden " + tag, "Mia Members " + tag);
    assertThat(TestPages.html(mvc, context, viewer, "/labs/" + lab))
        .contains("Olga Open " + tag, "Mia Members " + tag)
        .doesNotContain("Hugo Hidden " + tag);
    assertThat(TestPages.html(mvc, context, hidden, "/labs/" + lab))
        .contains("Olga Open " + tag, "Mia Members " + tag, "Hugo Hidden " + tag);
  }

  private void show(String email, String name, String visibility, String expertise)
      throws Exception {
    mvc.perform(
            post("/profile")
                .param("displayName", name)
                .param("expertise", expertise)
                .param("profileVisibility", visibility)
                .with(csrf())
                .with(TestAccounts.as(context, email)))
        .andExpect(status().is3xxRedirection());
  }
}
