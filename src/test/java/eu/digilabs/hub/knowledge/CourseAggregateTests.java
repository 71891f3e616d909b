package eu.digilabs.hub.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import eu.digilabs.hub.knowledge.CourseViews.QuizResult;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.test.util.ReflectionTestUtils;

/** A course's order of modules and lessons, its quizzes' scoring, and an enrolment's progress. */
class CourseAggregateTests {

  static Course course() {
    return new Course("c", "Course", "About", "All", "en", 30, null);
  }

  static Course.Lesson quizLesson() {
    Course.Lesson lesson = course().module("One").lesson("Quiz", "Text");
    lesson.question("Single", false, List.of("a", "b"), List.of(1));
    lesson.question("Multiple", true, List.of("a", "b", "c"), List.of(2, 0));
    ReflectionTestUtils.setField(lesson.questions().get(0), "id", 11L);
    ReflectionTestUtils.setField(lesson.questions().get(1), "id", 12L);
    return lesson;
  }

  @Test
  void lessonsFollowTheOrderOfModulesAndLessons() {
    Course course = course();
    course.module("First").lesson("1", "a");
    Course.Module second = course.module("Second");
    second.lesson("2", "b");
    second.lesson("3", "c");
    assertThat(course.modules())
        .extracting(Course.Module::title)
        .containsExactly("First", "Second");
    assertThat(course.lessons()).extracting(Course.Lesson::title).containsExactly("1", "2", "3");
    assertThat(second.lessons().get(0).module()).isSameAs(second);
  }

  @Test
  void aQuestionKeepsItsOptionsAndCorrectAnswers() {
    Course.Question question = quizLesson().questions().get(1);
    assertThat(question.multiple()).isTrue();
    assertThat(question.options()).containsExactly("a", "b", "c");
    assertThat(question.correct()).containsExactly(0, 2);
  }

  @Test
  void aQuizIsPassedOnlyWithEveryQuestionRight() {
    QuizResult result = quizLesson().grade(Map.of(11L, Set.of(1), 12L, Set.of(0, 2)));
    assertThat(result).isEqualTo(new QuizResult(true, 2, 2, Set.of()));
  }

  @Test
  void aMultipleChoiceQuestionWantsExactlyTheCorrectOptions() {
    QuizResult result = quizLesson().grade(Map.of(11L, Set.of(1), 12L, Set.of(0, 1, 2)));
    assertThat(result.passed()).isFalse();
    assertThat(result.score()).isEqualTo(1);
    assertThat(result.wrong()).containsExactly(12L);
  }

  @Test
  void anUnansweredQuestionIsWrong() {
    QuizResult result = quizLesson().grade(Map.of());
    assertThat(result.score()).isZero();
    assertThat(result.total()).isEqualTo(2);
    assertThat(result.wrong()).containsExactly(11L, 12L);
  }

  @Test
  void aLessonWithoutQuizIsPassedWithNothingToScore() {
    Course.Lesson lesson = course().module("One").lesson("Read", "Text");
    assertThat(lesson.grade(Map.of())).isEqualTo(new QuizResult(true, 0, 0, Set.of()));
  }

  @Test
  void anEnrolmentKeepsItsFirstCertificate() {
    Enrolment enrolment = new Enrolment(1L, 2L);
    enrolment.done(5L, 2, 2);
    assertThat(enrolment.progress()).containsKey(5L);
    assertThat(enrolment.completedAt()).isNull();
    enrolment.complete("CODE-ONE");
    enrolment.complete("CODE-TWO");
    assertThat(enrolment.certificateCode()).isEqualTo("CODE-ONE");
    assertThat(enrolment.completedAt()).isNotNull();
  }
}
