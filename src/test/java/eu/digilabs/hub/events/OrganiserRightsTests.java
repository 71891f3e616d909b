package eu.digilabs.hub.events;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import eu.digilabs.hub.Fixtures;
import eu.digilabs.hub.HubTest;
import eu.digilabs.hub.TestContent;
import eu.digilabs.hub.accounts.AccountService;
import eu.digilabs.hub.accounts.TestAccounts;
import eu.digilabs.hub.labs.LabService;
import eu.digilabs.hub.shared.problems.Forbidden;
import java.time.LocalDateTime;
import java.util.List;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Organiser rights over time: the lab's editors and admins remove organisers (organisers do not
 * remove each other), and an organiser's rights end when they leave every lab of the event.
 */
@HubTest
class OrganiserRightsTests {

  @Autowired MockMvc mvc;
  @Autowired ApplicationContext context;
  @Autowired EventService events;
  @Autowired EventWriting writing;
  @Autowired LabService labs;
  @Autowired AccountService accounts;

  record Setup(long lab, long event, String editor, String organiser, long organiserId) {}

  Setup setup(String name) throws Exception {
    String editor = TestAccounts.member(context, "editor-" + name + "@example.org");
    String organiser = TestAccounts.member(context, "organiser-" + name + "@example.org");
    long lab = TestContent.labWithEditor(context, "Lab " + name, editor);
    long organiserId = TestAccounts.inLab(context, lab, organiser, false);
    long event =
        TestContent.event(
            context,
            EventFixtures.hybrid(
                "Event " + name,
                lab,
                LocalDateTime.of(2031, 3, 1, 9, 0),
                LocalDateTime.of(2031, 3, 1, 17, 0),
                10),
            true);
    as(editor, post("/events/" + event + "/organisers").param("email", organiser))
        .andExpect(status().is3xxRedirection());
    as(organiser, get("/events/" + event + "/manage")).andExpect(status().isOk());
    return new Setup(lab, event, editor, organiser, organiserId);
  }

  ResultActions as(String email, MockHttpServletRequestBuilder request) throws Exception {
    return mvc.perform(
        request.param("lang", "en").with(TestAccounts.as(context, email)).with(csrf()));
  }

  @Test
  void theLabsEditorRemovesAnOrganiserButOrganisersDoNotRemoveEachOther() throws Exception {
    Setup s = setup("remove-organiser");
    String remove = "/events/" + s.event() + "/organisers/" + s.organiserId() + "/remove";
    as(s.organiser(), get("/events/" + s.event() + "/manage"))
        .andExpect(content().string(not(containsString(remove))));
    as(s.organiser(), post(remove)).andExpect(status().isForbidden());
    as(s.editor(), get("/events/" + s.event() + "/manage"))
        .andExpect(content().string(containsString("action=\"" + remove + "\"")));
    as(s.editor(), post(remove)).andExpect(status().is3xxRedirection());
    as(s.organiser(), get("/events/" + s.event() + "/manage")).andExpect(status().isForbidden());
    as(s.organiser(), post("/events/" + s.event() + "/publish")).andExpect(status().isForbidden());
  }

  @Test
  void anOrganiserWhoLeftEveryLabOfTheEventNoLongerManagesIt() throws Exception {
    Setup s = setup("left-organiser");
    TestAccounts.acting(context, s.editor(), () -> accounts.removeMember(s.lab(), s.organiserId()));
    as(s.organiser(), get("/events/" + s.event() + "/manage")).andExpect(status().isForbidden());
    as(s.organiser(), post("/events/" + s.event() + "/cancel")).andExpect(status().isForbidden());
  }

  /** Taking a lab off an event takes its editors' rights: an organiser of the other lab may not. */
  @Test
  void anOrganiserCannotTakeAnotherLabOffTheEvent() throws Exception {
    String editorA = TestAccounts.member(context, "editor-a-strip@example.org");
    String editorB = TestAccounts.member(context, "editor-b-strip@example.org");
    String organiser = TestAccounts.member(context, "organiser-strip@example.org");
    long labA = TestContent.lab(context, Fixtures.lab("Lab strip A"));
    long labB = TestContent.lab(context, Fixtures.lab("Lab strip B"));
    TestAccounts.inLab(context, labA, editorA, true);
    TestAccounts.inLab(context, labB, editorB, true);
    TestAccounts.inLab(context, labA, organiser, false);
    EventFixtures.EventBuilder twoLabs =
        EventFixtures.event()
            .title("Event of two labs")
            .from(LocalDateTime.of(2031, 4, 1, 9, 0))
            .to(LocalDateTime.of(2031, 4, 1, 17, 0))
            .seats(10);
    EventCommand both = twoLabs.labs(List.of(labA, labB)).build();
    long event = TestContent.event(context, both, true);
    as(editorA, post("/events/" + event + "/organisers").param("email", organiser))
        .andExpect(status().is3xxRedirection());

    EventCommand onlyA = twoLabs.labs(List.of(labA)).build();
    TestAccounts.acting(
        context,
        organiser,
        () -> {
          long version = events.get(event).version();
          Assertions.assertThatThrownBy(() -> writing.update(event, version, onlyA))
              .isInstanceOf(Forbidden.class);
        });
    as(editorB, get("/events/" + event + "/manage")).andExpect(status().isOk());
  }
}
