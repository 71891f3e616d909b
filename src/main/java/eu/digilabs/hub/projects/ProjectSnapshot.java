package eu.digilabs.hub.projects;

import eu.digilabs.hub.projects.ProjectEmbeddables.StoredFigure;
import eu.digilabs.hub.projects.ProjectEmbeddables.StoredLink;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A project's editable values as text, field by field, taken before and after an edit to tell which
 * fields it changed. The names are those the change history shows, in a fixed order; amounts
 * compare by value (1.5 equals 1.50).
 */
final class ProjectSnapshot {

  private final Map<String, @Nullable String> values;

  private ProjectSnapshot(Map<String, @Nullable String> values) {
    this.values = values;
  }

  static ProjectSnapshot of(Project p) {
    ProjectOutcome o = p.outcome();
    Map<String, @Nullable String> s = new LinkedHashMap<>();
    s.put("title", p.title());
    s.put("summary", p.summary());
    s.put("description", p.description());
    s.put("leadLab", text(p.leadLabId()));
    s.put("country", p.country());
    s.put("level", p.level());
    s.put("phase", p.phase());
    s.put("status", p.status());
    s.put("startDate", text(p.startDate()));
    s.put("goLiveDate", text(o.goLiveDate()));
    s.put("outcomes", o.outcomes());
    s.put("lessonsWorked", o.lessonsWorked());
    s.put("lessonsFailed", o.lessonsFailed());
    s.put("lessonsDifferently", o.lessonsDifferently());
    s.put("reusable", Boolean.toString(o.reusable()));
    s.put("reuseUrl", o.reuseUrl());
    s.put("reuseLicence", o.reuseLicence());
    s.put("contentLanguage", p.contentLanguage());
    s.put("policyAreas", listText(p.policyAreas()));
    s.put("technologies", listText(p.technologies()));
    s.put("stakeholders", listText(p.stakeholders()));
    s.put("disciplines", listText(p.disciplines()));
    s.put("services", listText(p.serviceIds()));
    s.put("partnerLabs", listText(p.partnerLabIds()));
    s.put("partnerOrganisations", listText(p.partnerOrganisationIds()));
    s.put("links", listText(p.links().stream().map(ProjectSnapshot::linkText).toList()));
    s.put("figures", listText(p.figures().stream().map(ProjectSnapshot::figureText).toList()));
    return new ProjectSnapshot(s);
  }

  /** The names of the fields whose value differs from the earlier snapshot, in field order. */
  List<String> changedSince(ProjectSnapshot before) {
    return values.keySet().stream()
        .filter(k -> !Objects.equals(before.values.get(k), values.get(k)))
        .toList();
  }

  private static @Nullable String text(@Nullable Object value) {
    return Objects.toString(value, null);
  }

  private static String listText(Collection<?> values) {
    return values.toString();
  }

  private static String linkText(StoredLink link) {
    return link.label() + " " + link.url();
  }

  private static String figureText(StoredFigure figure) {
    return figure.label()
        + " "
        + figure.amount().stripTrailingZeros().toPlainString()
        + " "
        + figure.unit();
  }
}
