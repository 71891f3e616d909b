package eu.digilabs.hub.assistant;

import static eu.digilabs.hub.assistant.PassageCutter.joined;
import static java.util.Objects.requireNonNullElse;

import eu.digilabs.hub.assistant.Passage.Source;
import eu.digilabs.hub.reuse.SolutionService;
import eu.digilabs.hub.reuse.SolutionView;
import eu.digilabs.hub.reuse.UptakeService;
import eu.digilabs.hub.reuse.UptakeStage;
import eu.digilabs.hub.reuse.UptakeView;
import eu.digilabs.hub.shared.text.Markdown;
import eu.digilabs.hub.taxonomy.ServiceView;
import eu.digilabs.hub.taxonomy.Taxonomy;
import eu.digilabs.hub.taxonomy.Vocabulary;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The passages of a published solution ({@code solution:12}): its description; its facts (kind,
 * status, licence, maturity, the public services it covers, the EfA readiness items met); and who
 * uses it, in sentences built from the uptakes a visitor may see only ("BAföG Digital is live in
 * one German state: Saarland."), demo entries marked as such. Facts and uptakes are written in
 * German and in English, each passage with its language.
 */
@Component
class SolutionPassages {

  /** The heading of the passage on who uses a solution; list answers quote it. */
  static final String WHO_USES = "Who uses it · Wer nutzt es";

  private final SolutionService solutions;
  private final UptakeService uptakes;
  private final Taxonomy taxonomy;
  private final MessageSource messages;

  SolutionPassages(
      SolutionService solutions, UptakeService uptakes, Taxonomy taxonomy, MessageSource messages) {
    this.solutions = solutions;
    this.uptakes = uptakes;
    this.taxonomy = taxonomy;
    this.messages = messages;
  }

  /** The groups of every published solution. */
  List<String> groups() {
    return solutions.publishedIds().stream().map(id -> "solution:" + id).toList();
  }

  /** Adds the passages of the solution {@code key} to {@code out}, if a visitor may see it. */
  void passages(String group, String key, List<Passage> out) {
    PassageSources.visible(() -> solutions.get(Long.parseLong(key)))
        .filter(SolutionView::published)
        .ifPresent(s -> solution(group, s, out));
  }

  private void solution(String group, SolutionView s, List<Passage> out) {
    List<UptakeView> visible =
        PassageSources.visible(() -> uptakes.forSolution(s.id())).orElse(List.of());
    PassageCutter cut =
        new PassageCutter(group, source(s, s.contentLanguage()), out)
            .section(null, joined(s.shortDescription(), Markdown.plain(s.description(), 20_000)));
    // Facts and uptakes in both languages, so that an answer quotes them in the question's.
    for (String language : List.of("de", "en")) {
      Locale locale = Locale.forLanguageTag(language);
      cut.as(source(s, language))
          .section("Facts · Fakten", facts(s, locale))
          .section(WHO_USES, adoption(s.name(), visible, locale));
    }
  }

  private static Source source(SolutionView s, @Nullable String language) {
    return new Source(
        "solution",
        s.id(),
        s.name(),
        "/solutions/" + s.id(),
        language,
        s.country(),
        s.status(),
        null,
        s.policyAreas(),
        s.technologies(),
        s.providerLabId(),
        s.services().stream().map(ServiceView::id).toList());
  }

  private String facts(SolutionView s, Locale locale) {
    List<String> facts = new ArrayList<>();
    facts.add(text("assistant.solution.kind", locale, label("solutions.kind." + s.kind(), locale)));
    if (s.operatingModel() != null) {
      facts.add(
          text(
              "assistant.solution.operatingModel",
              locale,
              label("solutions.operatingModel." + s.operatingModel(), locale)));
    }
    facts.add(
        text("assistant.solution.status", locale, label("solutions.status." + s.status(), locale)));
    if (s.providerName() != null) {
      facts.add(text("assistant.solution.provider", locale, s.providerName()));
    }
    if (s.licence() != null) {
      facts.add(text("assistant.solution.licence", locale, s.licence(), s.openSource() ? 1 : 0));
    }
    if (s.maturity() != null) {
      facts.add(text("assistant.solution.maturity", locale, s.maturity()));
    }
    if (!s.services().isEmpty()) {
      facts.add(
          text(
              "assistant.solution.services",
              locale,
              String.join("; ", s.services().stream().map(ServiceView::display).toList())));
    }
    if (!s.readiness().isEmpty()) {
      facts.add(
          text(
              "assistant.solution.readiness",
              locale,
              String.join(
                  "; ",
                  s.readiness().stream()
                      .map(code -> label("solutions.readiness." + code, locale))
                      .toList())));
    }
    return String.join(" ", facts.stream().map(PassageCutter::sentence).toList());
  }

  /**
   * Where the solution is live and being onboarded, and by whom, from the uptakes a visitor sees:
   * German states counted by state, other places by country.
   */
  String adoption(String name, List<UptakeView> visible, Locale locale) {
    List<String> text = new ArrayList<>();
    String live = places(visible, UptakeStage.LIVE, locale);
    text.add(
        live.isEmpty()
            ? text("assistant.solution.notLive", locale, name)
            : text("assistant.solution.live", locale, name, live));
    String onboarding = places(visible, UptakeStage.ONBOARDING, locale);
    if (!onboarding.isEmpty()) {
      text.add(text("assistant.solution.onboarding", locale, onboarding));
    }
    List<String> reusers = new ArrayList<>();
    for (UptakeView u : visible) {
      String who =
          u.reuserName() == null ? text("assistant.solution.unnamed", locale) : u.reuserName();
      String stage = label("uptakes.stage." + u.stage(), locale);
      reusers.add(
          text(
              "assistant.solution.reuser",
              locale,
              who,
              u.demo() ? stage + ", " + text("assistant.solution.demo", locale) : stage));
    }
    if (!reusers.isEmpty()) {
      text.add(text("assistant.solution.reusers", locale, String.join("; ", reusers)));
    }
    return String.join(" ", text.stream().map(PassageCutter::sentence).toList());
  }

  /**
   * The places where uptakes are at this stage now: "one German state: Saarland", "2 countries:
   * Austria, Estonia", or both; empty when none.
   */
  private String places(List<UptakeView> visible, UptakeStage stage, Locale locale) {
    // Place name → whether every uptake there is a demo entry.
    Map<String, Boolean> states = new TreeMap<>();
    Map<String, Boolean> countries = new TreeMap<>();
    for (UptakeView u : visible) {
      if (u.currentStage() != stage || u.country() == null && u.region() == null) {
        continue;
      }
      if ("DE".equals(u.country()) && u.region() != null) {
        states.merge(
            taxonomy.label(Vocabulary.REGION, u.region(), locale), u.demo(), Boolean::logicalAnd);
      } else if (u.country() != null) {
        countries.merge(
            taxonomy.label(Vocabulary.COUNTRY, u.country(), locale), u.demo(), Boolean::logicalAnd);
      }
    }
    String inStates = counted("assistant.solution.states", states, locale);
    String inCountries = counted("assistant.solution.countries", countries, locale);
    if (inStates.isEmpty() || inCountries.isEmpty()) {
      return inStates + inCountries;
    }
    return text("assistant.solution.both", locale, inStates, inCountries);
  }

  private String counted(String key, Map<String, Boolean> places, Locale locale) {
    if (places.isEmpty()) {
      return "";
    }
    List<String> named = new ArrayList<>();
    places.forEach(
        (place, demo) ->
            named.add(demo ? place + " (" + text("assistant.solution.demo", locale) + ")" : place));
    return text(key, locale, places.size(), String.join(", ", named));
  }

  private String label(String key, Locale locale) {
    return requireNonNullElse(messages.getMessage(key, null, key, locale), key);
  }

  private String text(String key, Locale locale, Object... arguments) {
    return messages.getMessage(key, arguments, locale);
  }
}
