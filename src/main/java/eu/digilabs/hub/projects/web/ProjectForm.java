package eu.digilabs.hub.projects.web;

import eu.digilabs.hub.projects.ProjectCommand;
import eu.digilabs.hub.projects.ProjectView;
import eu.digilabs.hub.shared.problems.InvalidInput;
import eu.digilabs.hub.shared.problems.InvalidInput.FieldProblem;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The project form as a browser sends it. Links and figures are typed one per line; everything else
 * maps one to one onto {@link ProjectCommand}.
 */
record ProjectForm(
    @NotBlank @Size(max = 300) @Nullable String title,
    @Size(max = 500) @Nullable String summary,
    @Size(max = 20000) @Nullable String description,
    @Nullable Long leadLabId,
    @Nullable List<Long> partnerLabIds,
    @Nullable List<Long> partnerOrganisationIds,
    @Nullable String country,
    @Nullable String level,
    @Nullable List<String> policyAreas,
    @Nullable List<Long> serviceIds,
    @Nullable String serviceQuery,
    @Nullable List<String> technologies,
    @Nullable String phase,
    @Nullable String status,
    @Nullable LocalDate startDate,
    @Nullable LocalDate goLiveDate,
    @Size(max = 10000) @Nullable String outcomes,
    @Size(max = 5000) @Nullable String figuresText,
    @Size(max = 10000) @Nullable String lessonsWorked,
    @Size(max = 10000) @Nullable String lessonsFailed,
    @Size(max = 10000) @Nullable String lessonsDifferently,
    @Nullable List<String> stakeholders,
    @Nullable List<String> disciplines,
    @Nullable Boolean reusable,
    @Size(max = 500) @Nullable String reuseUrl,
    @Size(max = 100) @Nullable String reuseLicence,
    @Size(max = 10000) @Nullable String linksText,
    @Nullable String contentLanguage,
    @Nullable Long version) {

  private static final Pattern FIGURE =
      Pattern.compile("^(.+?):\\s*(-?[0-9]{1,15}(?:[.,][0-9]{1,4})?)\\s*(.*)$");

  static ProjectForm empty(@Nullable Long labId) {
    return new ProjectForm(
        "", "", "", labId, List.of(), List.of(), "", "", List.of(), List.of(), "", List.of(), "",
        "", null, null, "", "", "", "", "", List.of(), List.of(), false, "", "", "", "", null);
  }

  static ProjectForm of(ProjectView p) {
    StringBuilder links = new StringBuilder();
    p.links()
        .forEach(
            l ->
                links
                    .append(l.url())
                    .append(l.label() == null ? "" : " " + l.label())
                    .append('\n'));
    StringBuilder figures = new StringBuilder();
    p.figures()
        .forEach(
            f ->
                figures
                    .append(f.label())
                    .append(": ")
                    .append(f.amount().stripTrailingZeros().toPlainString())
                    .append(f.unit() == null ? "" : " " + f.unit())
                    .append('\n'));
    ProjectCommand c = p.command();
    return new ProjectForm(
        c.title(),
        c.summary(),
        c.description(),
        c.leadLabId(),
        c.partnerLabIds(),
        c.partnerOrganisationIds(),
        c.country(),
        c.level(),
        c.policyAreas(),
        c.serviceIds(),
        "",
        c.technologies(),
        c.phase(),
        c.status(),
        c.startDate(),
        c.goLiveDate(),
        c.outcomes(),
        figures.toString().strip(),
        c.lessonsWorked(),
        c.lessonsFailed(),
        c.lessonsDifferently(),
        c.stakeholders(),
        c.disciplines(),
        c.reusable(),
        c.reuseUrl(),
        c.reuseLicence(),
        links.toString().strip(),
        c.contentLanguage(),
        c.version());
  }

  /**
   * The command, for a form that passed validation (so it has a title); lines of links or figures
   * that cannot be read become field errors.
   */
  ProjectCommand command() {
    List<FieldProblem> problems = new ArrayList<>();
    List<ProjectCommand.Link> links = new ArrayList<>();
    int line = 0;
    for (String raw : lines(linksText)) {
      line++;
      String[] parts = raw.split("\\s+", 2);
      if (!parts[0].matches("^https?://\\S+$") || parts[0].length() > 1000) {
        problems.add(new FieldProblem("linksText", "projects.badLink", line));
      } else {
        links.add(new ProjectCommand.Link(parts.length > 1 ? parts[1] : null, parts[0]));
      }
    }
    List<ProjectCommand.Figure> figures = new ArrayList<>();
    line = 0;
    for (String raw : lines(figuresText)) {
      line++;
      Matcher m = FIGURE.matcher(raw);
      if (!m.matches() || m.group(1).strip().length() > 200 || m.group(3).strip().length() > 40) {
        problems.add(new FieldProblem("figuresText", "projects.badFigure", line));
      } else {
        String unit = m.group(3).strip();
        figures.add(
            new ProjectCommand.Figure(
                m.group(1).strip(),
                new BigDecimal(m.group(2).replace(',', '.')),
                unit.isEmpty() ? null : unit));
      }
    }
    if (reuseUrl != null && !reuseUrl.isBlank() && !reuseUrl.strip().matches("^https?://\\S+$")) {
      problems.add(new FieldProblem("reuseUrl", "Pattern.website"));
    }
    if (!problems.isEmpty()) {
      throw new InvalidInput(problems);
    }
    return new ProjectCommand(
        Objects.requireNonNull(title, "title is @NotBlank"),
        summary,
        description,
        leadLabId,
        orEmpty(partnerLabIds),
        orEmpty(partnerOrganisationIds),
        country,
        level,
        orEmpty(policyAreas),
        orEmpty(serviceIds),
        orEmpty(technologies),
        phase,
        status,
        startDate,
        goLiveDate,
        outcomes,
        figures,
        lessonsWorked,
        lessonsFailed,
        lessonsDifferently,
        orEmpty(stakeholders),
        orEmpty(disciplines),
        Boolean.TRUE.equals(reusable),
        reuseUrl,
        reuseLicence,
        links,
        contentLanguage,
        version);
  }

  /** A list the browser did not send (no option chosen) is empty. */
  private static <T> List<T> orEmpty(@Nullable List<T> list) {
    return list == null ? List.of() : list;
  }

  private static List<String> lines(@Nullable String text) {
    if (text == null) {
      return List.of();
    }
    return text.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
  }
}
