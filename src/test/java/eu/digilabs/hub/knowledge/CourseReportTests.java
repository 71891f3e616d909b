package eu.digilabs.hub.knowledge;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import eu.digilabs.hub.HubTest;
import eu.digilabs.hub.TestContent;
import eu.digilabs.hub.accounts.AccountService;
import eu.digilabs.hub.accounts.TestAccounts;
import eu.digilabs.hub.labs.LabService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;

/** The course completion report is per lab: an editor sees the members of a lab they edit. */
@HubTest
class CourseReportTests {

  static final String COURSE = "intro-lab-method-de";

  @Autowired MockMvc mvc;
  @Autowired ApplicationContext context;
  @Autowired LabService labs;
  @Autowired AccountService accounts;

  /** A lab with an editor and a member enrolled in the course; returns the lab's id. */
  long labWithEnrolledMember(String name) throws Exception {
    String editor = TestAccounts.member(context, "report-editor-" + name + "@example.org");
    String member = TestAccounts.member(context, "report-member-" + name + "@example.org");
    long lab = TestContent.labWithEditor(context, "Report lab " + name, editor);
    TestAccounts.inLab(context, lab, member, false);
    mvc.perform(
            post("/courses/" + COURSE + "/enrol")
                .with(csrf())
                .with(TestAccounts.as(context, member)))
        .andExpect(status().is3xxRedirection());
    return lab;
  }

  @Test
  void anEditorSeesTheCompletionsOfTheirOwnLabsMembersOnly() throws Exception {
    long mine = labWithEnrolledMember("mine");
    long theirs = labWithEnrolledMember("theirs");
    String editor = "report-editor-mine@example.org";
    mvc.perform(
            get("/courses/" + COURSE + "/report")
                .param("lang", "en")
                .with(TestAccounts.as(context, editor)))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("1 enrolled, 0 completed")));
    mvc.perform(
            get("/courses/" + COURSE + "/report")
                .param("lab", Long.toString(mine))
                .param("lang", "en")
                .with(TestAccounts.as(context, editor)))
        .andExpect(content().string(containsString("Members of Report lab mine")));
    mvc.perform(
            get("/courses/" + COURSE + "/report")
                .param("lab", Long.toString(theirs))
                .with(TestAccounts.as(context, editor)))
        .andExpect(status().isForbidden());
    mvc.perform(
            get("/courses/" + COURSE + "/report")
                .param("lab", Long.toString(theirs))
                .param("lang", "en")
                .with(TestAccounts.as(context, "admin@digilabs.localhost")))
        .andExpect(content().string(containsString("1 enrolled")));
  }
}
