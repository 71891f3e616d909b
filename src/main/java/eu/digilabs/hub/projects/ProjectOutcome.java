package eu.digilabs.hub.projects;

import static eu.digilabs.hub.shared.text.Values.blank;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * What came of a project: when it went live, its outcomes, the lessons learned and whether others
 * may reuse it. Replaced as a whole by each edit; never null once loaded ({@code reusable} is a
 * column that is never null).
 */
@Embeddable
class ProjectOutcome {

  @Column(name = "go_live_date")
  private @Nullable LocalDate goLiveDate;

  private @Nullable String outcomes;

  @Column(name = "lessons_worked")
  private @Nullable String lessonsWorked;

  @Column(name = "lessons_failed")
  private @Nullable String lessonsFailed;

  @Column(name = "lessons_differently")
  private @Nullable String lessonsDifferently;

  private boolean reusable;

  @Column(name = "reuse_url")
  private @Nullable String reuseUrl;

  @Column(name = "reuse_licence")
  private @Nullable String reuseLicence;

  protected ProjectOutcome() {}

  /** The outcome the command describes, blank texts as none. */
  ProjectOutcome(ProjectCommand c) {
    goLiveDate = c.goLiveDate();
    outcomes = blank(c.outcomes());
    lessonsWorked = blank(c.lessonsWorked());
    lessonsFailed = blank(c.lessonsFailed());
    lessonsDifferently = blank(c.lessonsDifferently());
    reusable = c.reusable();
    reuseUrl = blank(c.reuseUrl());
    reuseLicence = blank(c.reuseLicence());
  }

  @Nullable LocalDate goLiveDate() {
    return goLiveDate;
  }

  @Nullable String outcomes() {
    return outcomes;
  }

  @Nullable String lessonsWorked() {
    return lessonsWorked;
  }

  @Nullable String lessonsFailed() {
    return lessonsFailed;
  }

  @Nullable String lessonsDifferently() {
    return lessonsDifferently;
  }

  boolean reusable() {
    return reusable;
  }

  @Nullable String reuseUrl() {
    return reuseUrl;
  }

  @Nullable String reuseLicence() {
    return reuseLicence;
  }
}
