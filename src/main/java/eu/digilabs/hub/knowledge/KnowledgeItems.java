package eu.digilabs.hub.knowledge;

import eu.digilabs.hub.shared.items.ItemKeys;
import eu.digilabs.hub.shared.items.ItemRef;
import eu.digilabs.hub.shared.items.ItemRef.Audience;
import eu.digilabs.hub.shared.items.ItemRows;
import eu.digilabs.hub.shared.items.ItemSource;
import eu.digilabs.hub.shared.items.Topics;
import eu.digilabs.hub.taxonomy.Catalogue;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The knowledge base's published items: articles (with the title of their published version),
 * failure reports (anonymous ones without lab, as every reader sees them) and method cards (keyed
 * by code, titled in the request's language).
 */
@Component
class KnowledgeItems implements ItemSource {

  private record ArticleRow(long id, String title, @Nullable Long labId) {}

  private record ReportRow(long id, String title, @Nullable Long labId, boolean anonymous) {}

  private record CardRow(String code, String language, String title) {}

  private final JdbcClient jdbc;
  private final Catalogue catalogue;

  KnowledgeItems(JdbcClient jdbc, Catalogue catalogue) {
    this.jdbc = jdbc;
    this.catalogue = catalogue;
  }

  @Override
  public Collection<String> types() {
    return List.of("article", "failure-report", "method");
  }

  @Override
  public Map<String, ItemRef> published(Collection<String> keys) {
    Map<String, ItemRef> items = new HashMap<>();
    articles(ItemKeys.numericIds(keys, "article"), items);
    reports(ItemKeys.numericIds(keys, "failure-report"), items);
    cards(
        keys.stream().filter(k -> "method".equals(ItemKeys.type(k))).map(ItemKeys::id).toList(),
        items);
    return items;
  }

  private void articles(List<Long> ids, Map<String, ItemRef> items) {
    if (ids.isEmpty()) {
      return;
    }
    List<ArticleRow> rows =
        jdbc.sql(
                """
                select a.id, r.title, a.lab_id from article a
                join article_revision r on r.article_id = a.id and r.number = a.published_revision
                where a.status = 'PUBLISHED' and a.id in (:ids)
                """)
            .param("ids", ids)
            .query(ArticleRow.class)
            .list();
    List<Long> found = rows.stream().map(ArticleRow::id).toList();
    Map<Long, Set<String>> labs =
        ItemRows.values(
            jdbc, "select article_id, lab_id from article_lab where article_id in (:ids)", found);
    Topics topics = new Topics();
    topics.addAll(
        "technology",
        ItemRows.values(
            jdbc,
            "select article_id, code from article_technology where article_id in (:ids)",
            found));
    topics.addAll(
        "policy-area",
        ItemRows.values(
            jdbc,
            "select article_id, code from article_policy_area where article_id in (:ids)",
            found));
    topics.addServices(
        ItemRows.values(
            jdbc,
            "select article_id, service_id from article_service where article_id in (:ids)",
            found),
        catalogue::withParents);
    for (ArticleRow row : rows) {
      Set<Long> labIds = new HashSet<>();
      if (row.labId() != null) {
        labIds.add(row.labId());
      }
      labs.getOrDefault(row.id(), Set.of()).forEach(lab -> labIds.add(Long.valueOf(lab)));
      labIds.forEach(lab -> topics.add(row.id(), "lab", lab));
      put(
          items,
          "article",
          row.id(),
          row.title(),
          "/articles/" + row.id(),
          labIds,
          topics.of(row.id()));
    }
  }

  private void reports(List<Long> ids, Map<String, ItemRef> items) {
    if (ids.isEmpty()) {
      return;
    }
    jdbc.sql(
            """
            select id, title, lab_id, anonymous from failure_report
            where published = true and id in (:ids)
            """)
        .param("ids", ids)
        .query(ReportRow.class)
        .list()
        .forEach(
            row -> {
              Set<Long> labs =
                  row.anonymous() || row.labId() == null ? Set.of() : Set.of(row.labId());
              Set<String> topics = new HashSet<>();
              labs.forEach(lab -> topics.add(ItemKeys.of("lab", lab)));
              put(
                  items,
                  "failure-report",
                  row.id(),
                  row.title(),
                  "/failure-reports/" + row.id(),
                  labs,
                  topics);
            });
  }

  private void cards(List<String> codes, Map<String, ItemRef> items) {
    if (codes.isEmpty()) {
      return;
    }
    String language = LocaleContextHolder.getLocale().getLanguage();
    Map<String, String> titles = new HashMap<>();
    jdbc.sql(
            """
            select c.code, t.language, t.title from method_card c
            join method_card_text t on t.card_id = c.id where c.code in (:codes)
            """)
        .param("codes", codes)
        .query(CardRow.class)
        .list()
        .forEach(
            row -> {
              if (row.language().equals(language) || !titles.containsKey(row.code())) {
                titles.put(row.code(), row.title());
              }
            });
    titles.forEach(
        (code, title) -> put(items, "method", code, title, "/methods/" + code, Set.of(), Set.of()));
  }

  private static void put(
      Map<String, ItemRef> items,
      String type,
      Object id,
      String title,
      String path,
      Set<Long> labs,
      Set<String> topics) {
    String key = ItemKeys.of(type, id);
    items.put(key, new ItemRef(key, title, path, labs, topics, Audience.PUBLIC));
  }
}
