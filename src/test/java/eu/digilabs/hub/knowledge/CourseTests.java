package eu.digilabs.hub.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import eu.digilabs.hub.HubTest;
import eu.digilabs.hub.TestPages;
import eu.digilabs.hub.accounts.TestAccounts;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The seeded course "Introduction to the lab method": a member enrols, reads lessons, fails and
 * then passes quizzes, resumes where they left off, completes it and downloads a certificate whose
 * public address confirms it; admins see the completion rate.
 */
@HubTest
class CourseTests {

  @Autowired MockMvc mvc;
  @Autowired ApplicationContext context;
  @Autowired Courses courses;
  @Autowired TransactionTemplate transactions;

  /** Lesson ids, and per quiz lesson its questions' ids and right answers, from the store. */
  record Quiz(long lessonId, List<long[]> questions) {}

  List<Quiz> lessons(String code) {
    return transactions.execute(
        status ->
            courses.findByCode(code).orElseThrow().lessons().stream()
                .map(
                    l ->
                        new Quiz(
                            l.id(),
                            l.questions().stream()
                                .map(
                                    q -> {
                                      long[] row = new long[1 + q.correct().size()];
                                      row[0] = q.id();
                                      int i = 1;
                                      for (int c : q.correct()) {
                                        row[i++] = c;
                                      }
                                      return row;
                                    })
                                .toList()))
                .toList());
  }

  MockHttpServletRequestBuilder complete(String code, Quiz lesson, boolean right, String email) {
    MockHttpServletRequestBuilder request =
        post("/courses/" + code + "/lessons/" + lesson.lessonId() + "/complete")
            .param("lang", "en")
            .with(csrf())
            .with(TestAccounts.as(context, email));
    for (long[] question : lesson.questions()) {
      if (right) {
        for (int i = 1; i < question.length; i++) {
          request.param("q" + question[0], Long.toString(question[i]));
        }
      } else {
        request.param("q" + question[0], "99");
      }
    }
    return request;
  }

  @Test
  void theIntroductionExistsInGermanAndEnglishFromTheMethodCards() throws Exception {
    mvc.perform(get("/courses").param("lang", "de"))
        .andExpect(content().string(containsString("Einführung in die Labormethode")))
        .andExpect(content().string(containsString("Introduction to the lab method")));
    mvc.perform(get("/courses/intro-lab-method-de").param("lang", "de"))
        .andExpect(content().string(containsString("Verstehen")))
        .andExpect(content().string(containsString("Nutzerinterviews")));
    List<Quiz> lessons = lessons("intro-lab-method-en");
    assertThat(lessons).hasSize(12);
    assertThat(lessons.stream().filter(l -> !l.questions().isEmpty())).hasSize(3);
    mvc.perform(get("/api/v1/courses/intro-lab-method-en"))
        .andExpect(jsonPath("$.modules.length()").value(3))
        .andExpect(jsonPath("$.modules[0].title").value("Understand"));
  }

  @Test
  void aMemberCompletesTheCourseAndGetsAVerifiableCertificate() throws Exception {
    String code = "intro-lab-method-en";
    String member = TestAccounts.member(context, "learner@example.org");
    List<Quiz> lessons = lessons(code);
    mvc.perform(post("/courses/" + code + "/enrol").with(csrf()))
        .andExpect(redirectedUrl("/login"));
    mvc.perform(complete(code, lessons.get(0), true, member))
        .andExpect(status().is3xxRedirection());
    mvc.perform(
            post("/courses/" + code + "/enrol").with(csrf()).with(TestAccounts.as(context, member)))
        .andExpect(status().is3xxRedirection());
    mvc.perform(get("/courses/" + code).param("lang", "en").with(TestAccounts.as(context, member)))
        .andExpect(content().string(containsString("Start the first lesson")))
        .andExpect(content().string(containsString("/lessons/" + lessons.get(0).lessonId())));
    // Lessons in order; a wrong quiz answer keeps the lesson open.
    for (int i = 0; i < 3; i++) {
      Quiz lesson = lessons.get(i);
      if (!lesson.questions().isEmpty()) {
        mvc.perform(complete(code, lesson, false, member))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("right. Look at the marked questions")));
      }
      mvc.perform(complete(code, lesson, true, member)).andExpect(status().is3xxRedirection());
    }
    mvc.perform(get("/courses/" + code).param("lang", "en").with(TestAccounts.as(context, member)))
        .andExpect(content().string(containsString("Continue where you left off")))
        .andExpect(content().string(containsString("/lessons/" + lessons.get(3).lessonId() + "\"")))
        .andExpect(content().string(containsString("25 % done")));
    for (int i = 3; i < lessons.size(); i++) {
      mvc.perform(complete(code, lessons.get(i), true, member))
          .andExpect(status().is3xxRedirection());
    }
    String page = TestPages.html(mvc, context, member, "/courses/" + code);
    assertThat(page).contains("Completed on", "Download your certificate");
    String certificate = page.replaceAll("(?s).*/certificates/(DLH-[A-Z0-9]+).*", "$1");
    byte[] pdf =
        mvc.perform(
                get("/courses/" + code + "/certificate.pdf").with(TestAccounts.as(context, member)))
            .andExpect(status().isOk())
            .andExpect(content().contentType("application/pdf"))
            .andReturn()
            .getResponse()
            .getContentAsByteArray();
    try (var document = Loader.loadPDF(pdf)) {
      String text = new PDFTextStripper().getText(document);
      assertThat(text)
          .contains("Test learner@example.org", "Introduction to the lab method", certificate)
          .contains("/certificates/" + certificate);
    }
    mvc.perform(get("/certificates/" + certificate).param("lang", "en"))
        .andExpect(content().string(containsString("This certificate is valid.")))
        .andExpect(content().string(containsString("Test learner@example.org")));
    mvc.perform(get("/certificates/DLH-NOSUCHCODE").param("lang", "en"))
        .andExpect(content().string(containsString("There is no certificate with the code")));
    mvc.perform(get("/api/v1/certificates/" + certificate))
        .andExpect(jsonPath("$.courseTitle").value("Introduction to the lab method"));
    // Someone else has no certificate to download.
    String other = TestAccounts.member(context, "onlooker@example.org");
    mvc.perform(get("/courses/" + code + "/certificate.pdf").with(TestAccounts.as(context, other)))
        .andExpect(status().isNotFound());
    // Admins see enrolments and completion.
    mvc.perform(
            get("/courses/" + code + "/report")
                .param("lang", "en")
                .with(TestAccounts.as(context, "admin@digilabs.localhost")))
        .andExpect(content().string(containsString("completed")));
    mvc.perform(get("/courses/" + code + "/report").with(TestAccounts.as(context, other)))
        .andExpect(status().isForbidden());
    mvc.perform(
            get("/courses/" + code + "/report")
                .param("lang", "en")
                .with(TestAccounts.as(context, "editor@demo.digilabs.localhost")))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("enrolled")));
  }
}
