package eu.digilabs.hub.knowledge;

import eu.digilabs.hub.shared.startup.StartupTask;
import eu.digilabs.hub.taxonomy.Taxonomy;
import eu.digilabs.hub.taxonomy.Vocabulary;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Builds the course "Introduction to the lab method" in German and English from the method cards at
 * start-up (in every profile, after the toolkit is loaded): one module per stage, one lesson per
 * card, a quiz at the end of each module.
 */
@Component
class IntroCourse extends StartupTask {

  static final String CODE = "intro-lab-method-";

  /** Stages of the lab method and the phases in each. */
  private static final Map<String, List<String>> STAGES =
      new LinkedHashMap<>(
          Map.of(
              "understand", List.of("discover", "define"),
              "create", List.of("ideate", "prototype"),
              "deliver", List.of("test", "implement", "scale")));

  private static final List<String> ORDER = List.of("understand", "create", "deliver");

  private final MethodService methods;
  private final CourseService courses;
  private final Taxonomy taxonomy;
  private final MessageSource messages;

  IntroCourse(
      MethodService methods, CourseService courses, Taxonomy taxonomy, MessageSource messages) {
    this.methods = methods;
    this.courses = courses;
    this.taxonomy = taxonomy;
    this.messages = messages;
  }

  @Override
  public int getPhase() {
    return ACCOUNTS + 6;
  }

  @Override
  protected void run() {
    for (String language : List.of("de", "en")) {
      courses.seed(build(language));
    }
  }

  Course build(String language) {
    Locale locale = Locale.forLanguageTag(language);
    List<MethodView> cards = methods.find(null, null, null, language);
    Course course =
        new Course(
            CODE + language,
            t(locale, "courses.intro.title"),
            t(locale, "courses.intro.description"),
            t(locale, "courses.intro.audience"),
            language,
            cards.stream().mapToInt(c -> 10).sum(),
            t(locale, "courses.intro.prerequisites"));
    List<String> phaseCodes = taxonomy.terms(Vocabulary.PHASE).stream().map(p -> p.code()).toList();
    List<String> phaseLabels =
        phaseCodes.stream().map(p -> taxonomy.label(Vocabulary.PHASE, p, locale)).toList();
    for (String stage : ORDER) {
      List<MethodView> inStage =
          cards.stream()
              .filter(c -> STAGES.getOrDefault(stage, List.of()).contains(c.phase()))
              .toList();
      if (inStage.isEmpty()) {
        continue;
      }
      Course.Module module = course.module(t(locale, "courses.intro.stage." + stage));
      for (MethodView card : inStage) {
        module.lesson(card.title(), lessonText(card, locale));
      }
      Course.Lesson last = module.lessons().get(module.lessons().size() - 1);
      MethodView asked = inStage.get(0);
      last.question(
          t(locale, "courses.intro.whichPhase", asked.title()),
          false,
          phaseLabels,
          List.of(phaseCodes.indexOf(asked.phase())));
      if (stage.equals("deliver")) {
        List<MethodView> fromStage = inStage.stream().limit(2).toList();
        List<MethodView> others =
            cards.stream().filter(c -> !inStage.contains(c)).limit(2).toList();
        List<String> options = new ArrayList<>();
        fromStage.forEach(c -> options.add(c.title()));
        others.forEach(c -> options.add(c.title()));
        last.question(
            t(locale, "courses.intro.whichInStage", module.title()),
            true,
            options,
            fromStage.size() == 2 ? List.of(0, 1) : List.of(0));
      }
    }
    return course;
  }

  private String lessonText(MethodView card, Locale locale) {
    StringBuilder text = new StringBuilder();
    text.append("**").append(t(locale, "methods.what")).append(":** ").append(card.what());
    text.append("\n\n**").append(t(locale, "methods.why")).append(":** ").append(card.why());
    text.append("\n\n# ").append(t(locale, "methods.steps")).append("\n\n").append(card.steps());
    if (card.considerations() != null) {
      text.append("\n\n# ")
          .append(t(locale, "methods.considerations"))
          .append("\n\n")
          .append(card.considerations());
    }
    text.append("\n\n[")
        .append(t(locale, "courses.intro.cardLink"))
        .append("](/methods/")
        .append(card.code())
        .append(")");
    return text.toString();
  }

  private String t(Locale locale, String key, Object... args) {
    return messages.getMessage(key, args, locale);
  }
}
