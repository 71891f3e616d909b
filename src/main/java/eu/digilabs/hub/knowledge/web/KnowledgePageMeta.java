package eu.digilabs.hub.knowledge.web;

import eu.digilabs.hub.knowledge.ArticleView;
import eu.digilabs.hub.knowledge.CourseViews.CourseView;
import eu.digilabs.hub.knowledge.MethodView;
import eu.digilabs.hub.shared.HubProperties;
import eu.digilabs.hub.web.JsonLd;
import eu.digilabs.hub.web.PageMeta;
import eu.digilabs.hub.web.Site;
import java.util.Arrays;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * schema.org data and link previews of the knowledge pages: an {@code Article} for a guide, a
 * {@code Course} for a training, a {@code HowTo} with its steps for a method card. Authors are
 * named by their labs, never as persons.
 */
@Component
class KnowledgePageMeta {

  /** Search engines show headlines up to this length. */
  static final int HEADLINE = 110;

  private final String baseUrl;
  private final Site site;

  KnowledgePageMeta(HubProperties hub, Site site) {
    this.baseUrl = hub.baseUrl();
    this.site = site;
  }

  PageMeta article(ArticleView article, Map<Long, String> labNames) {
    String url = baseUrl + "/articles/" + article.id();
    String title = article.title();
    JsonLd.Data data =
        JsonLd.of("Article")
            .put("headline", title.length() <= HEADLINE ? title : title.substring(0, HEADLINE))
            .put("name", title)
            .text("description", article.summary())
            .put("url", url)
            .put("inLanguage", article.language())
            .put(
                "datePublished",
                article.publishedAt() == null ? null : article.publishedAt().toString())
            .put("dateModified", article.updatedAt().toString())
            .putAll(
                "author",
                labNames.entrySet().stream()
                    .map(
                        lab ->
                            JsonLd.node("GovernmentOrganization")
                                .put("name", lab.getValue())
                                .put("url", baseUrl + "/labs/" + lab.getKey()))
                    .toList())
            .put("publisher", publisher());
    return PageMeta.of(article.summary(), "article", url, data);
  }

  PageMeta course(CourseView course) {
    String url = baseUrl + "/courses/" + course.code();
    JsonLd.Data data =
        JsonLd.of("Course")
            .put("name", course.title())
            .text("description", course.description())
            .put("url", url)
            .put("courseCode", course.code())
            .put("inLanguage", course.language())
            .put("timeRequired", "PT" + course.minutes() + "M")
            .text("coursePrerequisites", course.prerequisites())
            .put("provider", publisher())
            .put(
                "hasCourseInstance",
                JsonLd.node("CourseInstance")
                    .put("courseMode", "online")
                    .put("courseWorkload", "PT" + course.minutes() + "M"));
    return PageMeta.of(course.description(), "website", url, data);
  }

  PageMeta method(MethodView card) {
    String url = baseUrl + "/methods/" + card.code();
    JsonLd.Data data =
        JsonLd.of("HowTo")
            .put("name", card.title())
            .text("description", card.what())
            .put("url", url)
            .put("inLanguage", card.language())
            .put("totalTime", "PT" + card.minutes() + "M")
            .putAll(
                "step",
                Arrays.stream(card.steps().split("\\R"))
                    .map(step -> step.replaceFirst("^\\s*(\\d+[.)]|[-*])\\s*", "").strip())
                    .filter(step -> !step.isEmpty())
                    .map(step -> JsonLd.node("HowToStep").put("text", step))
                    .toList());
    return PageMeta.of(card.what(), "article", url, data);
  }

  private JsonLd.Data publisher() {
    return JsonLd.node("Organization").put("name", site.name()).put("url", baseUrl + "/");
  }
}
