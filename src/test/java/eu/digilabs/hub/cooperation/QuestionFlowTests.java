package eu.digilabs.hub.cooperation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import eu.digilabs.hub.Fixtures;
import eu.digilabs.hub.HubTest;
import eu.digilabs.hub.TestContent;
import eu.digilabs.hub.TestPages;
import eu.digilabs.hub.accounts.TestAccounts;
import eu.digilabs.hub.notifications.TestNotices;
import eu.digilabs.hub.shared.SqlTime;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Ask the network end to end: the question form refuses bad input and keeps it, matching labs (not
 * the asker's own) are told once and at most ten, followers of its topics see it, an answer reaches
 * the asker at once, the asker accepts it, others say it helped them, and an unanswered question is
 * suggested again once after two weeks.
 */
@HubTest
class QuestionFlowTests {

  @Autowired MockMvc mvc;
  @Autowired ApplicationContext context;
  @Autowired JdbcClient jdbc;
  @Autowired QuestionLabs labs;

  @Test
  void aQuestionReachesMatchingLabsAndFollowersAndGetsAnAcceptedAnswer() throws Exception {
    String tag = UUID.randomUUID().toString().substring(0, 8);
    String asker = TestAccounts.member(context, "asker-" + tag + "@example.org");
    long askerLab = TestContent.labWithEditor(context, "Asking lab " + tag, asker);
    TestContent.publishedProject(
        context,
        Fixtures.project()
            .title("Beekeeping permit register of the asking lab " + tag)
            .lab(askerLab)
            .technologies("other")
            .build());
    List<String> answerers = new ArrayList<>();
    for (int i = 0; i < 12; i++) {
      String member = TestAccounts.member(context, "lab" + i + "-" + tag + "@example.org");
      long lab = TestContent.labWithEditor(context, "Apiary lab " + i + " " + tag, member);
      TestContent.publishedProject(
          context,
          Fixtures.project()
              .title("Beekeeping permit register " + i + " " + tag)
              .summary("Beekeepers register their hives and apiary permits online (Bienenhaltung).")
              .lab(lab)
              .technologies("other")
              .build());
      answerers.add(member);
    }
    String follower = TestAccounts.member(context, "follower-" + tag + "@example.org");
    mvc.perform(
            post("/follows")
                .param("item", "technology:other")
                .with(csrf())
                .with(TestAccounts.as(context, follower)))
        .andExpect(status().is3xxRedirection());

    String refused =
        mvc.perform(
                post("/questions")
                    .param("title", "Bees?")
                    .param("body", "Kept text " + tag)
                    .param("technologies", "no-such-technology")
                    .with(csrf())
                    .with(TestAccounts.as(context, asker)))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(refused)
        .contains("at least 10 characters", "Choose from the list", "Kept text " + tag);

    long question =
        ask(
            asker,
            post("/questions")
                .param("title", "Who runs an online beekeeping permit register? " + tag)
                .param("body", "We plan one for our apiaries and want to learn from you.")
                .param("technologies", "other"));

    List<Long> told =
        jdbc.sql("select lab_id from question_lab where question_id = ?")
            .param(question)
            .query(Long.class)
            .list();
    assertThat(told).hasSizeBetween(1, 10).doesNotContain(askerLab);
    assertThat(notices(asker, "question")).isZero();
    long toldMembers = answerers.stream().filter(m -> notices(m, "question") == 1).count();
    assertThat(toldMembers).isEqualTo(told.size());
    assertThat(TestPages.html(mvc, context, follower, "/activity"))
        .contains("Who runs an online beekeeping permit register? " + tag);

    String answerer = answerers.get(0);
    String answered =
        mvc.perform(
                post("/discussions/posts")
                    .param("item", "question:" + question)
                    .param("body", "We did, with a simple form first.")
                    .with(csrf())
                    .with(TestAccounts.as(context, answerer)))
            .andExpect(status().is3xxRedirection())
            .andReturn()
            .getResponse()
            .getRedirectedUrl();
    long answer = Long.parseLong(answered.substring(answered.indexOf("#post-") + 6));
    Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> notices(asker, "answer") == 1);
    assertThat(TestPages.html(mvc, context, null, "/questions?show=unanswered"))
        .doesNotContain("Who runs an online beekeeping permit register? " + tag);

    mvc.perform(
            post("/questions/" + question + "/accept")
                .param("post", String.valueOf(answer))
                .with(csrf())
                .with(TestAccounts.as(context, answerer)))
        .andExpect(status().isForbidden());
    mvc.perform(
            post("/questions/" + question + "/accept")
                .param("post", String.valueOf(answer))
                .with(csrf())
                .with(TestAccounts.as(context, asker)))
        .andExpect(status().is3xxRedirection());
    mvc.perform(
            post("/questions/" + question + "/answers/" + answer + "/helped")
                .with(csrf())
                .with(TestAccounts.as(context, follower)))
        .andExpect(status().is3xxRedirection());
    assertThat(TestPages.html(mvc, context, null, "/questions/" + question))
        .contains("Accepted answer", "Helped 1 people too", "simple form first");
    assertThat(TestPages.html(mvc, context, null, "/questions?show=answered"))
        .contains("Who runs an online beekeeping permit register? " + tag);
  }

  @Test
  void anUnansweredQuestionIsSuggestedAgainOnceAfterTwoWeeks() throws Exception {
    String tag = UUID.randomUUID().toString().substring(0, 8);
    String asker = TestAccounts.member(context, "late-" + tag + "@example.org");
    long question =
        ask(
            asker,
            post("/questions")
                .param("title", "Who digitised the dog licence in a small town? " + tag));
    jdbc.sql("update question set created_at = ? where id = ?")
        .params(SqlTime.of(Instant.now().minus(Duration.ofDays(15))), question)
        .update();
    labs.remind(Instant.now());
    assertThat(
            jdbc.sql("select resuggested_at from question where id = ?")
                .param(question)
                .query(Instant.class)
                .optional())
        .isPresent();
    long before =
        jdbc.sql("select count(*) from question_lab where question_id = ?")
            .param(question)
            .query(Long.class)
            .single();
    labs.remind(Instant.now());
    assertThat(
            jdbc.sql("select count(*) from question_lab where question_id = ?")
                .param(question)
                .query(Long.class)
                .single())
        .isEqualTo(before);
  }

  /** Asks a question as the member and returns its id. */
  private long ask(String email, MockHttpServletRequestBuilder question) throws Exception {
    String location =
        mvc.perform(question.with(csrf()).with(TestAccounts.as(context, email)))
            .andExpect(status().is3xxRedirection())
            .andReturn()
            .getResponse()
            .getRedirectedUrl();
    return Long.parseLong(location.substring("/questions/".length()));
  }

  private long notices(String email, String kind) {
    return TestNotices.count(context, email, kind);
  }
}
