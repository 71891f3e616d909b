package eu.digilabs.hub.demo;

import eu.digilabs.hub.knowledge.ArticleCommand;
import java.util.List;

/** A demo article ({@code demo/articles.json}): its lab and the labs it names, by key. */
record ArticleEntry(
    String title,
    String summary,
    String body,
    String kind,
    String language,
    String lab,
    List<String> phases,
    List<String> partnerLabs,
    String note) {

  ArticleCommand command(DemoKeys keys) {
    return new ArticleCommand(
        title,
        summary,
        body,
        kind,
        language,
        keys.lab(lab),
        List.of(),
        List.of(),
        phases,
        List.of(),
        keys.labs(partnerLabs),
        List.of(),
        note,
        null);
  }
}
