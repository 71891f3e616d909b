package eu.digilabs.hub;

import eu.digilabs.hub.accounts.AccountService;
import eu.digilabs.hub.accounts.Rights;
import eu.digilabs.hub.accounts.TestAccounts;
import eu.digilabs.hub.events.EventCommand;
import eu.digilabs.hub.events.EventWriting;
import eu.digilabs.hub.events.ProgrammeService;
import eu.digilabs.hub.events.SessionCommand;
import eu.digilabs.hub.events.SpeakerCommand;
import eu.digilabs.hub.events.SpeakerService;
import eu.digilabs.hub.knowledge.ArticleCommand;
import eu.digilabs.hub.knowledge.ArticleEditing;
import eu.digilabs.hub.knowledge.ArticleReview;
import eu.digilabs.hub.knowledge.FailureReportCommand;
import eu.digilabs.hub.knowledge.FailureReportService;
import eu.digilabs.hub.labs.LabCommand;
import eu.digilabs.hub.labs.LabService;
import eu.digilabs.hub.projects.ProjectCommand;
import eu.digilabs.hub.projects.ProjectService;
import eu.digilabs.hub.reuse.SolutionCommand;
import eu.digilabs.hub.reuse.SolutionEditing;
import org.springframework.context.ApplicationContext;

/**
 * Content a test starts from, created through the services' commands as the system account (the
 * first admin), like the demo content: labs without the admin as member, published projects,
 * articles and reports, events with speakers and sessions.
 */
public final class TestContent {

  private TestContent() {}

  /** A lab whose only members are the ones the test adds. */
  public static long lab(ApplicationContext context, LabCommand command) {
    return TestAccounts.asAdmin(
        context,
        () -> {
          long id = context.getBean(LabService.class).create(command).id();
          long admin = context.getBean(Rights.class).requireMember();
          context.getBean(AccountService.class).removeMember(id, admin);
          return id;
        });
  }

  /** A lab (named, otherwise as {@link Fixtures#lab}) with the account as its only editor. */
  public static long labWithEditor(ApplicationContext context, String name, String editor) {
    long lab = lab(context, Fixtures.lab(name));
    TestAccounts.inLab(context, lab, editor, true);
    return lab;
  }

  public static long publishedProject(ApplicationContext context, ProjectCommand command) {
    ProjectService projects = context.getBean(ProjectService.class);
    return TestAccounts.asAdmin(
        context,
        () -> {
          long id = projects.create(command).id();
          projects.publish(id);
          return id;
        });
  }

  public static long publishedSolution(ApplicationContext context, SolutionCommand command) {
    SolutionEditing editing = context.getBean(SolutionEditing.class);
    return TestAccounts.asAdmin(
        context,
        () -> {
          long id = editing.create(command).id();
          editing.publish(id);
          return id;
        });
  }

  public static long event(ApplicationContext context, EventCommand command, boolean publish) {
    EventWriting events = context.getBean(EventWriting.class);
    return TestAccounts.asAdmin(
        context,
        () -> {
          long id = events.create(command).id();
          if (publish) {
            events.publish(id);
          }
          return id;
        });
  }

  public static long speaker(ApplicationContext context, long eventId, SpeakerCommand command) {
    return TestAccounts.asAdmin(
        context, () -> context.getBean(SpeakerService.class).addSpeaker(eventId, command).id());
  }

  public static long session(ApplicationContext context, long eventId, SessionCommand command) {
    return TestAccounts.asAdmin(
        context, () -> context.getBean(ProgrammeService.class).addSession(eventId, command).id());
  }

  public static long publishedArticle(ApplicationContext context, ArticleCommand command) {
    ArticleEditing articles = context.getBean(ArticleEditing.class);
    ArticleReview review = context.getBean(ArticleReview.class);
    return TestAccounts.asAdmin(
        context,
        () -> {
          long id = articles.create(command).id();
          review.publish(id);
          return id;
        });
  }

  public static long publishedReport(ApplicationContext context, FailureReportCommand command) {
    FailureReportService reports = context.getBean(FailureReportService.class);
    return TestAccounts.asAdmin(
        context,
        () -> {
          long id = reports.create(command).id();
          reports.publish(id, true);
          return id;
        });
  }
}
