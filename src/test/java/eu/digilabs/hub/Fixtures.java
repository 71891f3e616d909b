package eu.digilabs.hub;

import eu.digilabs.hub.knowledge.ArticleCommand;
import eu.digilabs.hub.labs.LabCommand;
import eu.digilabs.hub.projects.ProjectCommand;
import java.util.ArrayList;
import java.util.List;

/** Commands for labs and projects with only what a test cares about set. */
public final class Fixtures {

  private Fixtures() {}

  public static LabCommand lab(String name) {
    return new LabCommand(
        name,
        null,
        null,
        "DE",
        null,
        "municipal",
        null,
        null,
        null,
        null,
        List.of("ozg-03"),
        List.of("agile"),
        List.of("de"),
        "active",
        null);
  }

  /** An article of the lab with a title, a text and a kind (guide, how-to, ...), nothing else. */
  public static ArticleCommand article(String title, String body, String kind, Long lab) {
    return new ArticleCommand(
        title, null, body, kind, "en", lab, null, null, null, null, null, null, null, null);
  }

  /** A project builder: {@code Fixtures.project().title("..").lab(id).build()}. */
  public static ProjectBuilder project() {
    return new ProjectBuilder();
  }

  public static ProjectCommand project(String title, Long leadLab, List<Long> partnerLabs) {
    return project().title(title).lab(leadLab).partners(partnerLabs).build();
  }

  /** A project with a summary in the given language. */
  public static ProjectCommand project(
      String title, String summary, String language, Long leadLab, List<Long> partnerLabs) {
    return project()
        .title(title)
        .summary(summary)
        .language(language)
        .lab(leadLab)
        .partners(partnerLabs)
        .build();
  }

  /** Sets what a test names; everything else stays empty, as an editor may leave it. */
  public static final class ProjectBuilder {

    private String title = "A test project";
    private String summary;
    private Long lab;
    private List<Long> partners = List.of();
    private String country;
    private String level;
    private List<String> policyAreas = List.of();
    private List<Long> services = List.of();
    private List<String> technologies = List.of();
    private String phase;
    private String status;
    private List<String> stakeholders = List.of();
    private List<String> disciplines = List.of();
    private final List<ProjectCommand.Link> links = new ArrayList<>();
    private String language;

    private ProjectBuilder() {}

    public ProjectBuilder title(String title) {
      this.title = title;
      return this;
    }

    public ProjectBuilder summary(String summary) {
      this.summary = summary;
      return this;
    }

    public ProjectBuilder lab(Long lab) {
      this.lab = lab;
      return this;
    }

    public ProjectBuilder partners(List<Long> partners) {
      this.partners = partners;
      return this;
    }

    public ProjectBuilder country(String country) {
      this.country = country;
      return this;
    }

    public ProjectBuilder level(String level) {
      this.level = level;
      return this;
    }

    public ProjectBuilder policyAreas(String... areas) {
      this.policyAreas = List.of(areas);
      return this;
    }

    public ProjectBuilder services(List<Long> services) {
      this.services = services;
      return this;
    }

    public ProjectBuilder technologies(String... technologies) {
      this.technologies = List.of(technologies);
      return this;
    }

    public ProjectBuilder phase(String phase) {
      this.phase = phase;
      return this;
    }

    public ProjectBuilder status(String status) {
      this.status = status;
      return this;
    }

    public ProjectBuilder stakeholders(String... stakeholders) {
      this.stakeholders = List.of(stakeholders);
      return this;
    }

    public ProjectBuilder disciplines(String... disciplines) {
      this.disciplines = List.of(disciplines);
      return this;
    }

    public ProjectBuilder link(String label, String url) {
      links.add(new ProjectCommand.Link(label, url));
      return this;
    }

    public ProjectBuilder language(String language) {
      this.language = language;
      return this;
    }

    public ProjectCommand build() {
      return new ProjectCommand(
          title,
          summary,
          null,
          lab,
          partners,
          null,
          country,
          level,
          policyAreas,
          services,
          technologies,
          phase,
          status,
          null,
          null,
          null,
          null,
          null,
          null,
          null,
          stakeholders,
          disciplines,
          false,
          null,
          null,
          List.copyOf(links),
          language,
          null);
    }
  }
}
