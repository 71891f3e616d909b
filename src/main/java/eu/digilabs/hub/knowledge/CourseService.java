package eu.digilabs.hub.knowledge;

import eu.digilabs.hub.accounts.AccountService;
import eu.digilabs.hub.accounts.Rights;
import eu.digilabs.hub.knowledge.CourseViews.Certificate;
import eu.digilabs.hub.knowledge.CourseViews.CourseReport;
import eu.digilabs.hub.knowledge.CourseViews.CourseView;
import eu.digilabs.hub.knowledge.CourseViews.EnrolmentView;
import eu.digilabs.hub.knowledge.CourseViews.LessonRef;
import eu.digilabs.hub.knowledge.CourseViews.LessonView;
import eu.digilabs.hub.knowledge.CourseViews.ModuleView;
import eu.digilabs.hub.knowledge.CourseViews.QuestionView;
import eu.digilabs.hub.knowledge.CourseViews.QuizResult;
import eu.digilabs.hub.labs.LabDirectory;
import eu.digilabs.hub.shared.problems.Forbidden;
import eu.digilabs.hub.shared.problems.InvalidInput;
import eu.digilabs.hub.shared.problems.NotFound;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Trainings: members enrol, work through lessons (passing each quiz), resume where they left off,
 * and get a certificate whose code anyone can verify; admins see enrolments and completion.
 */
@Service
@Transactional(readOnly = true)
public class CourseService {

  private static final SecureRandom RANDOM = new SecureRandom();
  private static final String CODE_LETTERS = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";

  private final Courses courses;
  private final Enrolments enrolments;
  private final Rights rights;
  private final AccountService accounts;
  private final LabDirectory labs;

  private final CertificatePdf pdf;

  private final ApplicationEventPublisher events;

  CourseService(
      Courses courses,
      Enrolments enrolments,
      Rights rights,
      AccountService accounts,
      LabDirectory labs,
      CertificatePdf pdf,
      ApplicationEventPublisher events) {
    this.events = events;
    this.pdf = pdf;
    this.courses = courses;
    this.enrolments = enrolments;
    this.rights = rights;
    this.accounts = accounts;
    this.labs = labs;
  }

  public List<CourseView> all() {
    return courses.findAll().stream().map(CourseService::view).toList();
  }

  /** The course with this number, if there is one (courses are public). */
  public Optional<CourseView> find(long id) {
    return courses.findById(id).map(CourseService::view);
  }

  public CourseView course(String code) {
    return view(load(code));
  }

  public LessonView lesson(String code, long lessonId) {
    Course course = load(code);
    List<Course.Lesson> lessons = course.lessons();
    for (int i = 0; i < lessons.size(); i++) {
      Course.Lesson lesson = lessons.get(i);
      if (lesson.id() == lessonId) {
        return new LessonView(
            lesson.id(),
            course.code(),
            course.title(),
            lesson.module().title(),
            lesson.title(),
            lesson.body(),
            lesson.questions().stream()
                .map(q -> new QuestionView(q.id(), q.text(), q.multiple(), q.options()))
                .toList(),
            i > 0 ? lessons.get(i - 1).id() : null,
            i < lessons.size() - 1 ? lessons.get(i + 1).id() : null);
      }
    }
    throw new NotFound("No lesson " + lessonId + " in course " + code + ".");
  }

  /** The signed-in member's enrolment in the course, if any. */
  public Optional<EnrolmentView> mine(String code) {
    Course course = load(code);
    return rights
        .currentAccountId()
        .flatMap(a -> enrolments.findByCourseIdAndAccountId(course.id(), a))
        .map(e -> view(course, e));
  }

  @Transactional
  public EnrolmentView enrol(String code) {
    long account = rights.requireMember();
    Course course = load(code);
    Enrolment enrolment =
        enrolments
            .findByCourseIdAndAccountId(course.id(), account)
            .orElseGet(() -> enrolments.save(new Enrolment(course.id(), account)));
    return view(course, enrolment);
  }

  /**
   * Marks a lesson done; a lesson with a quiz is done only when every question is answered right
   * ({@code answers}: question id to the chosen option numbers). Completing the last lesson issues
   * the certificate.
   */
  @Transactional
  public QuizResult complete(String code, long lessonId, Map<Long, Set<Integer>> answers) {
    long account = rights.requireMember();
    Course course = load(code);
    Enrolment enrolment =
        enrolments
            .findByCourseIdAndAccountId(course.id(), account)
            .orElseThrow(() -> new InvalidInput("lesson", "courses.error.notEnrolled"));
    Course.Lesson lesson =
        course.lessons().stream()
            .filter(l -> l.id() == lessonId)
            .findFirst()
            .orElseThrow(() -> new NotFound("No lesson " + lessonId + "."));
    QuizResult result = lesson.grade(answers);
    if (result.passed()) {
      enrolment.done(lessonId, result.score(), result.total());
      if (enrolment.progress().keySet().containsAll(ids(course))) {
        enrolment.complete(newCode());
      }
      enrolments.flush();
    }
    return result;
  }

  /** A certificate by its code, for the public verification page and the PDF. */
  public Optional<Certificate> certificate(@Nullable String code) {
    if (code == null || !code.matches("[A-Z0-9-]{6,40}")) {
      return Optional.empty();
    }
    return enrolments
        .findByCertificateCode(code)
        .flatMap(
            e -> {
              Instant completedAt = e.completedAt();
              if (completedAt == null) {
                return Optional.empty();
              }
              Course course = courses.findById(e.courseId()).orElseThrow();
              String name = accounts.names(List.of(e.accountId())).getOrDefault(e.accountId(), "");
              return Optional.of(
                  new Certificate(code, name, course.title(), course.language(), completedAt));
            });
  }

  /** The certificate as a PDF. */
  public Optional<byte[]> certificatePdf(String code) {
    return myCertificate(code).map(pdf::of);
  }

  /** The signed-in member's certificate for the course, once completed. */
  public Optional<Certificate> myCertificate(String code) {
    return mine(code)
        .filter(EnrolmentView::completed)
        .flatMap(e -> certificate(e.certificateCode()));
  }

  /** Whether the signed-in person may see enrolments: admins and editors of any lab. */
  public boolean mayReport() {
    return rights.admin()
        || rights.currentAccountId().map(a -> accounts.labsOf(a).containsValue(true)).orElse(false);
  }

  /** Labs whose members' completions the signed-in person may see: all labs for admins. */
  public Map<Long, String> reportLabs() {
    if (rights.admin()) {
      Map<Long, String> all = new LinkedHashMap<>();
      labs.all().forEach(l -> all.put(l.id(), l.name()));
      return all;
    }
    return labs.names(editedLabs());
  }

  /**
   * Enrolments and completion. The right is per lab: an editor sees the members of a lab they edit
   * ({@code labId}, or the first such lab), an admin everyone's or a lab's members'.
   */
  public CourseReport report(String code, Long labId) {
    rights.requireMember();
    Long lab =
        labId != null || rights.admin()
            ? labId
            : editedLabs().stream()
                .min(Long::compare)
                .orElseThrow(() -> new Forbidden("admins and lab editors only"));
    if (lab != null) {
      rights.requireEditorOf(lab);
    }
    Course course = load(code);
    List<Enrolment> all = enrolments.findByCourseId(course.id());
    if (lab != null) {
      Set<Long> members = new HashSet<>();
      accounts.members(lab).forEach(m -> members.add(m.accountId()));
      all = all.stream().filter(e -> members.contains(e.accountId())).toList();
    }
    long completed = all.stream().filter(e -> e.completedAt() != null).count();
    Map<String, Long> perLesson = new LinkedHashMap<>();
    for (Course.Lesson lesson : course.lessons()) {
      perLesson.put(
          lesson.title(), all.stream().filter(e -> e.progress().containsKey(lesson.id())).count());
    }
    return new CourseReport(
        lab,
        all.size(),
        completed,
        all.isEmpty() ? 0 : (int) Math.round(100.0 * completed / all.size()),
        perLesson);
  }

  /** Labs the signed-in person edits today. */
  private Set<Long> editedLabs() {
    Set<Long> edited = new TreeSet<>();
    rights
        .currentAccountId()
        .ifPresent(
            a ->
                accounts
                    .labsOf(a)
                    .forEach(
                        (lab, editor) -> {
                          if (editor) {
                            edited.add(lab);
                          }
                        }));
    return edited;
  }

  /** Adds a course unless one with its code exists: the bundled course at start-up. */
  @Transactional
  boolean seed(Course course) {
    if (courses.findByCode(course.code()).isPresent()) {
      return false;
    }
    courses.save(course);
    events.publishEvent(new CourseChanged(course.code()));
    return true;
  }

  private Course load(String code) {
    return courses
        .findByCode(code == null ? "" : code)
        .orElseThrow(() -> new NotFound("No course " + code + "."));
  }

  private static Set<Long> ids(Course course) {
    Set<Long> ids = new HashSet<>();
    course.lessons().forEach(l -> ids.add(l.id()));
    return ids;
  }

  private static String newCode() {
    StringBuilder code = new StringBuilder("DLH-");
    for (int i = 0; i < 10; i++) {
      code.append(CODE_LETTERS.charAt(RANDOM.nextInt(CODE_LETTERS.length())));
    }
    return code.toString();
  }

  private static CourseView view(Course c) {
    return new CourseView(
        c.code(),
        c.title(),
        c.description(),
        c.audience(),
        c.language(),
        c.minutes(),
        c.prerequisites(),
        c.modules().stream()
            .map(
                m ->
                    new ModuleView(
                        m.title(),
                        m.lessons().stream()
                            .map(l -> new LessonRef(l.id(), l.title(), !l.questions().isEmpty()))
                            .toList()))
            .toList());
  }

  private static EnrolmentView view(Course course, Enrolment e) {
    List<Course.Lesson> lessons = course.lessons();
    Map<Long, String> scores = new LinkedHashMap<>();
    e.progress()
        .forEach(
            (lesson, p) -> {
              if (p.total() > 0) {
                scores.put(lesson, p.score() + "/" + p.total());
              }
            });
    Long next =
        lessons.stream()
            .filter(l -> !e.progress().containsKey(l.id()))
            .map(Course.Lesson::id)
            .findFirst()
            .orElse(null);
    int percent = lessons.isEmpty() ? 0 : (int) (100L * e.progress().size() / lessons.size());
    return new EnrolmentView(
        e.enrolledAt(),
        e.completedAt(),
        e.certificateCode(),
        Set.copyOf(e.progress().keySet()),
        scores,
        next,
        percent);
  }
}
