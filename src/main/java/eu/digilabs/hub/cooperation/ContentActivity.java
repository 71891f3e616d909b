package eu.digilabs.hub.cooperation;

import eu.digilabs.hub.accounts.AccountService;
import eu.digilabs.hub.accounts.MemberView;
import eu.digilabs.hub.discussions.Discussions;
import eu.digilabs.hub.events.EventChanged;
import eu.digilabs.hub.knowledge.ArticleChanged;
import eu.digilabs.hub.knowledge.FailureReportChanged;
import eu.digilabs.hub.labs.LabChanged;
import eu.digilabs.hub.notifications.Activities;
import eu.digilabs.hub.notifications.Activities.Kind;
import eu.digilabs.hub.notifications.Notices;
import eu.digilabs.hub.notifications.Notices.Notice;
import eu.digilabs.hub.projects.ProjectPublished;
import eu.digilabs.hub.projects.ProjectWithdrawn;
import eu.digilabs.hub.projects.PublishedProjectChanged;
import eu.digilabs.hub.reuse.PublishedSolutionChanged;
import eu.digilabs.hub.reuse.SolutionPublished;
import eu.digilabs.hub.reuse.SolutionReleased;
import eu.digilabs.hub.reuse.SolutionRetired;
import eu.digilabs.hub.reuse.SolutionWithdrawn;
import eu.digilabs.hub.reuse.UptakeStageChanged;
import eu.digilabs.hub.shared.items.ItemKeys;
import eu.digilabs.hub.shared.items.Items;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Turns the content modules' facts into activity: after each change committed, in the background,
 * and again after a crash (the facts are module-event publications). What is recorded is the item
 * as any reader sees it then ({@link Items}), never a draft.
 */
@Component
class ContentActivity {

  private final Activities activities;
  private final Notices notices;
  private final Items items;
  private final AccountService accounts;
  private final Discussions discussions;

  ContentActivity(
      Activities activities,
      Notices notices,
      Items items,
      AccountService accounts,
      Discussions discussions) {
    this.discussions = discussions;
    this.activities = activities;
    this.notices = notices;
    this.items = items;
    this.accounts = accounts;
  }

  @ApplicationModuleListener
  void on(ProjectPublished fact) {
    activities.record(project(fact.projectId()), Kind.PUBLISHED);
    discussions.hostPublished(project(fact.projectId()), true);
  }

  @ApplicationModuleListener
  void on(PublishedProjectChanged fact) {
    activities.record(project(fact.projectId()), Kind.CHANGED);
  }

  @ApplicationModuleListener
  void on(ProjectWithdrawn fact) {
    activities.retract(project(fact.projectId()));
    discussions.hostPublished(project(fact.projectId()), false);
  }

  @ApplicationModuleListener
  void on(SolutionPublished fact) {
    activities.record(solution(fact.solutionId()), Kind.PUBLISHED);
    discussions.hostPublished(solution(fact.solutionId()), true);
  }

  @ApplicationModuleListener
  void on(PublishedSolutionChanged fact) {
    activities.record(solution(fact.solutionId()), Kind.CHANGED);
  }

  @ApplicationModuleListener
  void on(SolutionReleased fact) {
    activities.record(solution(fact.solutionId()), Kind.RELEASED);
  }

  @ApplicationModuleListener
  void on(SolutionRetired fact) {
    activities.record(solution(fact.solutionId()), Kind.RETIRED);
  }

  @ApplicationModuleListener
  void on(SolutionWithdrawn fact) {
    activities.retract(solution(fact.solutionId()));
    discussions.hostPublished(solution(fact.solutionId()), false);
  }

  @ApplicationModuleListener
  void on(EventChanged fact) {
    String key = ItemKeys.of("event", fact.eventId());
    activities.recordChange(key);
    discussions.hostPublished(key, items.published(key).isPresent());
  }

  /**
   * Articles and failure reports say only that they changed: their entries (published, changed,
   * gone) follow what readers see now, and their discussions follow them.
   */
  @ApplicationModuleListener
  void on(ArticleChanged fact) {
    String key = ItemKeys.of("article", fact.articleId());
    activities.recordChange(key);
    discussions.hostPublished(key, items.published(key).isPresent());
  }

  @ApplicationModuleListener
  void on(FailureReportChanged fact) {
    String key = ItemKeys.of("failure-report", fact.reportId());
    activities.recordChange(key);
    discussions.hostPublished(key, items.published(key).isPresent());
  }

  @ApplicationModuleListener
  void on(LabChanged fact) {
    activities.record(ItemKeys.of("lab", fact.labId()), Kind.CHANGED);
  }

  /**
   * The provider moved a lab's uptake of a solution on: addressed to that lab's members, who see it
   * among their notices (the uptake's notes stay on the solution's page).
   */
  @ApplicationModuleListener
  void on(UptakeStageChanged fact) {
    Long lab = fact.reuserLabId();
    if (lab == null) {
      return;
    }
    items
        .published(solution(fact.solutionId()))
        .ifPresent(
            solution ->
                notices.tell(
                    accounts.members(lab).stream().map(MemberView::accountId).toList(),
                    new Notice(
                        "uptake",
                        solution.key(),
                        solution.title(),
                        solution.path(),
                        "uptakes.stage." + fact.stage(),
                        null)));
  }

  private static String project(long id) {
    return ItemKeys.of("project", id);
  }

  private static String solution(long id) {
    return ItemKeys.of("solution", id);
  }
}
