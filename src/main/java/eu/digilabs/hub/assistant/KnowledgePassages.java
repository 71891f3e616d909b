package eu.digilabs.hub.assistant;

import static eu.digilabs.hub.assistant.PassageCutter.joined;
import static eu.digilabs.hub.assistant.PassageCutter.markdownText;

import eu.digilabs.hub.assistant.Passage.Source;
import eu.digilabs.hub.knowledge.CourseService;
import eu.digilabs.hub.knowledge.CourseViews.CourseView;
import eu.digilabs.hub.knowledge.CourseViews.LessonRef;
import eu.digilabs.hub.knowledge.CourseViews.LessonView;
import eu.digilabs.hub.knowledge.MethodService;
import eu.digilabs.hub.knowledge.MethodView;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The passages of the learning material: a method card in each of its languages is one group
 * ({@code method:7}), a course with all its lessons another ({@code course:lab-method}).
 */
@Component
class KnowledgePassages {

  private final MethodService methods;
  private final CourseService courses;

  KnowledgePassages(MethodService methods, CourseService courses) {
    this.methods = methods;
    this.courses = courses;
  }

  /** The groups of every method card and course. */
  List<String> groups() {
    List<String> groups = new ArrayList<>();
    methods
        .toolkit("en")
        .values()
        .forEach(cards -> cards.forEach(c -> groups.add("method:" + c.id())));
    courses.all().forEach(c -> groups.add("course:" + c.code()));
    return groups;
  }

  /** Adds the passages of the method card {@code key}, in each language it is written in. */
  void method(String group, String key, List<Passage> out) {
    for (String language : List.of("de", "en")) {
      PassageSources.visible(() -> methods.get(key, language))
          .filter(m -> language.equals(m.language()))
          .ifPresent(m -> method(group, m, out));
    }
  }

  /** Adds the passages of the course {@code key}: one section per lesson. */
  void course(String group, String key, List<Passage> out) {
    PassageSources.visible(() -> courses.course(key)).ifPresent(c -> course(group, c, out));
  }

  private static void method(String group, MethodView m, List<Passage> out) {
    Source source =
        new Source(
            "method",
            m.id(),
            m.title(),
            "/methods/" + m.code(),
            m.language(),
            null,
            null,
            m.phase(),
            List.of(),
            List.of(),
            null,
            List.of());
    PassageCutter cut = new PassageCutter(group, source, out);
    cut.section(null, joined(m.what(), m.why()));
    cut.section("de".equals(m.language()) ? "Schritte" : "Steps", markdownText(m.steps()));
    cut.section(
        "de".equals(m.language()) ? "Im öffentlichen Sektor" : "In the public sector",
        markdownText(m.considerations()));
  }

  private void course(String group, CourseView c, List<Passage> out) {
    for (var module : c.modules()) {
      for (LessonRef ref : module.lessons()) {
        LessonView lesson = courses.lesson(c.code(), ref.id());
        Source source =
            Source.of(
                "lesson",
                lesson.id(),
                c.title() + ": " + lesson.title(),
                "/courses/" + c.code() + "/lessons/" + lesson.id(),
                c.language());
        new PassageCutter(group, source, out).section(null, markdownText(lesson.body()));
      }
    }
  }
}
