package eu.digilabs.hub.knowledge;

import eu.digilabs.hub.knowledge.CourseViews.QuizResult;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/** A training: modules of lessons, some with a short quiz. */
@Entity
@Table(name = "course")
class Course {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private @Nullable Long id;

  private String code;
  private String title;
  private String description;
  private String audience;

  @Column(name = "content_language")
  private String language;

  private int minutes;
  private String prerequisites;

  @Version private long version;

  @OneToMany(mappedBy = "course", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("position")
  private List<Module> modules = new ArrayList<>();

  protected Course() {}

  Course(
      String code,
      String title,
      String description,
      String audience,
      String language,
      int minutes,
      String prerequisites) {
    this.code = code;
    this.title = title;
    this.description = description;
    this.audience = audience;
    this.language = language;
    this.minutes = minutes;
    this.prerequisites = prerequisites;
  }

  Module module(String title) {
    Module module = new Module(this, modules.size(), title);
    modules.add(module);
    return module;
  }

  @SuppressWarnings("NullAway") // JPA gives every saved row its id
  long id() {
    return id;
  }

  String code() {
    return code;
  }

  String title() {
    return title;
  }

  String description() {
    return description;
  }

  String audience() {
    return audience;
  }

  String language() {
    return language;
  }

  int minutes() {
    return minutes;
  }

  String prerequisites() {
    return prerequisites;
  }

  List<Module> modules() {
    return modules;
  }

  /** All lessons in course order. */
  List<Lesson> lessons() {
    List<Lesson> all = new ArrayList<>();
    modules.forEach(m -> all.addAll(m.lessons()));
    return all;
  }

  /** A part of a course. */
  @Entity
  @Table(name = "course_module")
  static class Module {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "course_id")
    private Course course;

    private int position;
    private String title;

    @OneToMany(mappedBy = "module", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<Lesson> lessons = new ArrayList<>();

    protected Module() {}

    Module(Course course, int position, String title) {
      this.course = course;
      this.position = position;
      this.title = title;
    }

    Lesson lesson(String title, String body) {
      Lesson lesson = new Lesson(this, lessons.size(), title, body);
      lessons.add(lesson);
      return lesson;
    }

    @SuppressWarnings("NullAway") // JPA gives every saved row its id
    long id() {
      return id;
    }

    String title() {
      return title;
    }

    List<Lesson> lessons() {
      return lessons;
    }
  }

  /** One page of a course, like a short article, optionally with a quiz. */
  @Entity
  @Table(name = "course_lesson")
  static class Lesson {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "module_id")
    private Module module;

    private int position;
    private String title;
    private String body;

    @OneToMany(mappedBy = "lesson", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<Question> questions = new ArrayList<>();

    protected Lesson() {}

    Lesson(Module module, int position, String title, String body) {
      this.module = module;
      this.position = position;
      this.title = title;
      this.body = body;
    }

    void question(String text, boolean multiple, List<String> options, List<Integer> correct) {
      questions.add(new Question(this, questions.size(), text, multiple, options, correct));
    }

    /**
     * Scores the answers (question id to the chosen option numbers): a question is right only with
     * exactly its correct options; the lesson is passed when every question is right.
     */
    QuizResult grade(Map<Long, Set<Integer>> answers) {
      Set<Long> wrong = new TreeSet<>();
      for (Question question : questions) {
        if (!question.correct().equals(answers.getOrDefault(question.id(), Set.of()))) {
          wrong.add(question.id());
        }
      }
      int total = questions.size();
      return new QuizResult(wrong.isEmpty(), total - wrong.size(), total, wrong);
    }

    @SuppressWarnings("NullAway") // JPA gives every saved row its id
    long id() {
      return id;
    }

    Module module() {
      return module;
    }

    String title() {
      return title;
    }

    String body() {
      return body;
    }

    List<Question> questions() {
      return questions;
    }
  }

  /** A single- or multiple-choice question; options are numbered from 0. */
  @Entity
  @Table(name = "quiz_question")
  static class Question {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "lesson_id")
    private Lesson lesson;

    private int position;

    @Column(name = "question")
    private String text;

    private boolean multiple;
    private String options;
    private String correct;

    protected Question() {}

    Question(
        Lesson lesson,
        int position,
        String text,
        boolean multiple,
        List<String> options,
        List<Integer> correct) {
      this.lesson = lesson;
      this.position = position;
      this.text = text;
      this.multiple = multiple;
      this.options = String.join("\n", options);
      this.correct = String.join(",", correct.stream().map(String::valueOf).toList());
    }

    @SuppressWarnings("NullAway") // JPA gives every saved row its id
    long id() {
      return id;
    }

    String text() {
      return text;
    }

    boolean multiple() {
      return multiple;
    }

    List<String> options() {
      return List.of(options.split("\n"));
    }

    Set<Integer> correct() {
      Set<Integer> set = new TreeSet<>();
      for (String part : correct.split(",")) {
        set.add(Integer.parseInt(part.strip()));
      }
      return set;
    }
  }
}
