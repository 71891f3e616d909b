package eu.digilabs.hub.knowledge;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** How pages and the API see courses, lessons, enrolments and certificates. */
public final class CourseViews {

  private CourseViews() {}

  /** A course with its modules and lessons (titles only). */
  public record CourseView(
      String code,
      String title,
      String description,
      String audience,
      String language,
      int minutes,
      String prerequisites,
      List<ModuleView> modules) {

    public int lessonCount() {
      return modules.stream().mapToInt(m -> m.lessons().size()).sum();
    }
  }

  public record ModuleView(String title, List<LessonRef> lessons) {}

  public record LessonRef(long id, String title, boolean quiz) {}

  /** One lesson with its quiz (without the answers) and its neighbours. */
  public record LessonView(
      long id,
      String courseCode,
      String courseTitle,
      String moduleTitle,
      String title,
      String body,
      List<QuestionView> questions,
      @Nullable Long previousId,
      @Nullable Long nextId) {}

  public record QuestionView(long id, String text, boolean multiple, List<String> options) {}

  /** A member's progress: lessons done, quiz results, where to go on, the certificate code. */
  public record EnrolmentView(
      Instant enrolledAt,
      @Nullable Instant completedAt,
      @Nullable String certificateCode,
      Set<Long> done,
      Map<Long, String> scores,
      @Nullable Long nextLessonId,
      int percent) {

    public boolean completed() {
      return completedAt != null;
    }
  }

  /** How a quiz went; {@code wrong} are the questions answered wrongly. */
  public record QuizResult(boolean passed, int score, int total, Set<Long> wrong) {}

  /** A certificate as its public verification page shows it. */
  public record Certificate(
      String code, String name, String courseTitle, String language, Instant completedAt) {}

  /**
   * For a lab's editors: enrolments of the lab's members ({@code labId}; null: everyone, for
   * admins), completions, and how many finished each lesson.
   */
  public record CourseReport(
      Long labId,
      long enrolled,
      long completed,
      int completionPercent,
      Map<String, Long> lessonsDone) {}
}
