package eu.digilabs.hub;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import eu.digilabs.hub.accounts.AccountService;
import eu.digilabs.hub.accounts.PersonalData;
import eu.digilabs.hub.accounts.PersonalDataService;
import eu.digilabs.hub.accounts.TestAccounts;
import eu.digilabs.hub.events.EventFixtures;
import eu.digilabs.hub.events.EventWriting;
import eu.digilabs.hub.labs.LabService;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * Privacy self-service (issue 12.6): the download of one's data and the deletion of one's account,
 * all or nothing. A test module fails the erasure of one chosen account.
 */
@HubTest
@Import(PrivacyTests.FailingModule.class)
class PrivacyTests {

  static final String PASSWORD = "member-password-1";

  /** Fails the erasure of one chosen account, after every real module has erased its data. */
  static volatile long failFor = -1;

  /** Imported, not nested as a test configuration, so that subclasses get it too. */
  static class FailingModule {
    @Bean
    PersonalData failingModule() {
      return new PersonalData() {
        @Override
        public String section() {
          return "zz-test";
        }

        @Override
        public Object export(long accountId) {
          return List.of();
        }

        @Override
        public void erase(long accountId) {
          if (accountId == failFor) {
            throw new IllegalStateException("this module fails");
          }
        }
      };
    }
  }

  @Autowired MockMvc mvc;
  @Autowired ApplicationContext context;
  @Autowired AccountService accounts;
  @Autowired PersonalDataService personalData;
  @Autowired LabService labs;
  @Autowired EventWriting writing;
  @Autowired JdbcClient jdbc;

  long id(String email) {
    return accounts.byEmail(email).orElseThrow().id();
  }

  /** A lab whose editor organises a published upcoming event; returns the event. */
  long event(String editor, String title) {
    return event(editor, title, 20);
  }

  long event(String editor, String title, int seats) {
    TestAccounts.member(context, editor);
    long lab = TestContent.labWithEditor(context, "Lab of " + title, editor);
    LocalDateTime start = LocalDateTime.now().plusDays(20).withHour(9).withMinute(0).withNano(0);
    return TestAccounts.acting(
        context,
        editor,
        () -> {
          long id =
              writing
                  .create(EventFixtures.hybrid(title, lab, start, start.plusHours(6), seats))
                  .id();
          writing.publish(id);
          return id;
        });
  }

  ResultActions register(long event, String email) throws Exception {
    return register(event, email, "online");
  }

  ResultActions register(long event, String email, String attendance) throws Exception {
    return mvc.perform(
            post("/events/" + event + "/register")
                .param("attendance", attendance)
                .with(csrf())
                .with(TestAccounts.as(context, email)))
        .andExpect(status().is3xxRedirection());
  }

  ResultActions deleteAccount(String email, String field, String value) throws Exception {
    return mvc.perform(
        post("/profile/delete")
            .param(field, value)
            .param("lang", "en")
            .with(csrf())
            .with(TestAccounts.as(context, email)));
  }

  long registrations(long accountId) {
    return jdbc.sql("select count(*) from event_registration where account_id = ?")
        .param(accountId)
        .query(Long.class)
        .single();
  }

  boolean exists(String email) {
    return accounts.byEmail(email).isPresent();
  }

  @Test
  void theDownloadHoldsTheAccountsDataAndNobodyElses() throws Exception {
    String me = TestAccounts.member(context, "export-me@example.org");
    String other = TestAccounts.member(context, "export-other@example.org");
    long event = event("export-organiser@example.org", "Export workshop");
    register(event, me);
    register(event, other);
    String secret = accounts.createToken(id(me), "Export script");
    mvc.perform(
            post("/courses/intro-lab-method-en/enrol")
                .with(csrf())
                .with(TestAccounts.as(context, me)))
        .andExpect(status().is3xxRedirection());

    String json =
        mvc.perform(get("/profile/data").with(TestAccounts.as(context, me)))
            .andExpect(status().isOk())
            .andExpect(content().contentTypeCompatibleWith("application/json"))
            .andExpect(
                header()
                    .string(
                        "Content-Disposition",
                        "attachment; filename=\"digilabs-hub-my-data-"
                            + LocalDate.now(ZoneOffset.UTC)
                            + ".json\""))
            .andReturn()
            .getResponse()
            .getContentAsString();

    assertThat(json)
        .contains("\"email\":\"export-me@example.org\"", "\"displayName\":\"Test " + me + "\"")
        .contains("\"events\"", "\"registrations\"", "\"eventTitle\":\"Export workshop\"")
        .contains("\"knowledge\"", "\"enrolments\"", "\"courseTitle\"")
        .contains("\"projects\"", "\"apiTokens\"", "\"name\":\"Export script\"")
        .contains("\"prefix\":\"" + secret.substring(0, 10) + "\"")
        .containsPattern("\"registeredAt\":\"\\d{4}-\\d\\d-\\d\\dT")
        .containsPattern("\"createdAt\":\"\\d{4}-\\d\\d-\\d\\dT");
    assertThat(json)
        .doesNotContain(other, secret, "{bcrypt}", "passwordHash", "tokenHash", "token_hash");
  }

  @Test
  void downloadAndDeletionAskVisitorsToSignIn() throws Exception {
    mvc.perform(get("/profile/data")).andExpect(redirectedUrl("/login"));
    mvc.perform(post("/profile/delete").param("password", PASSWORD))
        .andExpect(status().isForbidden());
    mvc.perform(post("/profile/delete").param("password", PASSWORD).with(csrf()))
        .andExpect(redirectedUrl("/login"));
  }

  @Test
  void deletingKeepsPublicContentAsAFormerMembersAndDeletesWhatIsPersonal() throws Exception {
    String editor = TestAccounts.member(context, "delete-editor@example.org");
    String author = TestAccounts.member(context, "delete-author@example.org");
    long lab = TestContent.labWithEditor(context, "Lab of deletions", editor);
    TestAccounts.inLab(context, lab, author, false);
    String location =
        mvc.perform(
                post("/articles")
                    .param("labId", Long.toString(lab))
                    .param("title", "Notes from a service safari")
                    .param("kind", "how-to")
                    .param("language", "en")
                    .param("body", "Walk the service as a citizen would.")
                    .with(csrf())
                    .with(TestAccounts.as(context, author)))
            .andReturn()
            .getResponse()
            .getRedirectedUrl();
    long article = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
    mvc.perform(
        post("/articles/" + article + "/submit")
            .with(csrf())
            .with(TestAccounts.as(context, author)));
    mvc.perform(
            post("/articles/" + article + "/publish")
                .with(csrf())
                .with(TestAccounts.as(context, editor)))
        .andExpect(status().is3xxRedirection());
    long event = event("delete-organiser@example.org", "Deletion meetup");
    register(event, author);
    long authorId = id(author);
    accounts.createToken(authorId, "Leaving soon");

    deleteAccount(author, "password", PASSWORD).andExpect(redirectedUrl("/account-deleted"));

    assertThat(exists(author)).isFalse();
    assertThat(registrations(authorId)).isZero();
    assertThat(
            jdbc.sql("select count(*) from api_token where account_id = ?")
                .param(authorId)
                .query(Long.class)
                .single())
        .isZero();
    mvc.perform(get("/articles/" + article).param("lang", "en"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Notes from a service safari")))
        .andExpect(content().string(containsString("former member")))
        .andExpect(content().string(Matchers.not(containsString("Test " + author))));
    mvc.perform(get("/articles/" + article).param("lang", "de"))
        .andExpect(content().string(containsString("ehemaliges Mitglied")));
    mvc.perform(get("/articles/" + article + "/history").param("lang", "en"))
        .andExpect(content().string(containsString("former member")));
    mvc.perform(get("/account-deleted").param("lang", "en"))
        .andExpect(content().string(containsString("Your account has been deleted")));
    mvc.perform(post("/login").param("email", author).param("password", PASSWORD).with(csrf()))
        .andExpect(redirectedUrl("/login?error"));
    mvc.perform(
            post("/signup")
                .param("email", author)
                .param("displayName", "Back again")
                .param("password", "a brand new password")
                .param("passwordRepeat", "a brand new password")
                .param("lang", "en")
                .with(csrf()))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("We sent a link to " + author)));
    assertThat(accounts.byEmail(author).orElseThrow().displayName()).isEqualTo("Back again");
  }

  @Test
  void aDeletedAccountsSeatGoesToTheFirstInLine() throws Exception {
    String leaving = TestAccounts.member(context, "seat-leaving@example.org");
    String waiting = TestAccounts.member(context, "seat-waiting@example.org");
    long event = event("seat-organiser@example.org", "One seat only", 1);
    register(event, leaving, "on-site");
    register(event, waiting, "on-site");
    assertThat(state(event, waiting)).isEqualTo("WAITLISTED");

    deleteAccount(leaving, "password", PASSWORD).andExpect(redirectedUrl("/account-deleted"));

    assertThat(state(event, waiting)).isEqualTo("CONFIRMED");
  }

  String state(long event, String email) {
    return jdbc.sql("select state from event_registration where event_id = ? and account_id = ?")
        .params(event, id(email))
        .query(String.class)
        .single();
  }

  @Test
  void aWrongPasswordStandsNextToTheFieldAndDeletesNothing() throws Exception {
    String me = TestAccounts.member(context, "delete-wrong@example.org");
    long event = event("delete-wrong-organiser@example.org", "Wrong password day");
    register(event, me);

    mvc.perform(get("/profile/delete").param("lang", "en").with(TestAccounts.as(context, me)))
        .andExpect(content().string(containsString("type=\"password\"")))
        .andExpect(content().string(containsString("Confirm with your password.")));
    deleteAccount(me, "password", "not my password")
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("id=\"password-error\"")))
        .andExpect(content().string(containsString("aria-invalid=\"true\"")))
        .andExpect(content().string(containsString("The password is not correct")));

    assertThat(exists(me)).isTrue();
    assertThat(registrations(id(me))).isOne();
  }

  @Test
  void anAccountWithoutPasswordConfirmsWithItsEmailAddress() throws Exception {
    String me = TestAccounts.member(context, "delete-oidc@example.org");
    jdbc.sql("update account set password_hash = null where id = ?").param(id(me)).update();

    mvc.perform(get("/profile/delete").param("lang", "en").with(TestAccounts.as(context, me)))
        .andExpect(content().string(containsString("confirm by typing your email address")))
        .andExpect(content().string(containsString("type=\"email\"")));
    deleteAccount(me, "email", "someone-else@example.org")
        .andExpect(content().string(containsString("id=\"email-error\"")))
        .andExpect(content().string(containsString("value=\"someone-else@example.org\"")));
    assertThat(exists(me)).isTrue();
    deleteAccount(me, "email", "Delete-OIDC@example.org ")
        .andExpect(redirectedUrl("/account-deleted"));
    assertThat(exists(me)).isFalse();
  }

  @Test
  void aFailureInOneModuleDeletesNothing() throws Exception {
    String me = TestAccounts.member(context, "delete-fails@example.org");
    long event = event("delete-fails-organiser@example.org", "Rollback workshop");
    register(event, me);
    failFor = id(me);
    try {
      assertThatThrownBy(
              () -> TestAccounts.acting(context, me, () -> personalData.deleteMine(PASSWORD)))
          .hasMessage("this module fails");
    } finally {
      failFor = -1;
    }
    assertThat(exists(me)).isTrue();
    assertThat(registrations(id(me))).isOne();
  }

  @Test
  void theLabsMembersAndTheAdminsHearWhenItsLastEditorLeaves() throws Exception {
    String editor = TestAccounts.member(context, "last-editor@example.org");
    String member = TestAccounts.member(context, "left-behind@example.org");
    long lab = TestContent.labWithEditor(context, "Lab Without Editor", editor);
    TestAccounts.inLab(context, lab, member, false);
    String secondEditor = TestAccounts.member(context, "still-editor@example.org");
    long otherLab = TestContent.lab(context, Fixtures.lab("Lab With Two Editors"));
    TestAccounts.inLab(context, otherLab, editor, true);
    TestAccounts.inLab(context, otherLab, secondEditor, true);

    deleteAccount(editor, "password", PASSWORD).andExpect(redirectedUrl("/account-deleted"));

    await().atMost(Duration.ofSeconds(60)).until(() -> subjectsTo(member).size() == 1);
    await()
        .atMost(Duration.ofSeconds(20))
        .until(() -> !subjectsTo("admin@digilabs.localhost").isEmpty());
    assertThat(subjectsTo(member))
        .containsExactly(
            "Das Labor Lab Without Editor hat keine Redaktion mehr / The lab Lab Without Editor"
                + " has no editor any more / Le lab Lab Without Editor n’a plus d’éditeur");
    assertThat(subjectsTo("admin@digilabs.localhost"))
        .contains(
            "Das Labor Lab Without Editor hat keine Redaktion mehr / The lab Lab Without Editor"
                + " has no editor any more / Le lab Lab Without Editor n’a plus d’éditeur");
    assertThat(subjectsTo(secondEditor)).isEmpty();
    assertThat(bodiesTo(member)).allMatch(body -> body.contains("/labs/" + lab));
  }

  List<String> subjectsTo(String email) {
    return jdbc.sql("select subject from outbox_mail where recipient = ? order by id")
        .param(email)
        .query(String.class)
        .list();
  }

  List<String> bodiesTo(String email) {
    return jdbc.sql("select body from outbox_mail where recipient = ? order by id")
        .param(email)
        .query(String.class)
        .list();
  }

  @Test
  void theProfileOffersTheDownloadAndTheDeletion() throws Exception {
    String me = TestAccounts.member(context, "profile-privacy@example.org");
    mvc.perform(get("/profile").param("lang", "de").with(TestAccounts.as(context, me)))
        .andExpect(content().string(containsString("href=\"/profile/data\"")))
        .andExpect(content().string(containsString("Meine Daten herunterladen")))
        .andExpect(content().string(containsString("href=\"/profile/delete\"")));
  }
}
