package eu.digilabs.hub.cooperation;

import eu.digilabs.hub.accounts.AccountService;
import eu.digilabs.hub.accounts.AccountView;
import eu.digilabs.hub.accounts.MemberView;
import eu.digilabs.hub.accounts.Rights;
import eu.digilabs.hub.labs.LabDirectory;
import eu.digilabs.hub.labs.LabView;
import eu.digilabs.hub.notifications.ContactMails;
import eu.digilabs.hub.shared.SqlTime;
import eu.digilabs.hub.shared.problems.InvalidInput;
import eu.digilabs.hub.shared.problems.InvalidInput.FieldProblem;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Contacting a lab: the message goes to the lab's contact address (to its editors when it has
 * none), which the sender never sees, with the sender's address to reply to. A copy is kept in the
 * sender's sent list only; the outbox keeps no text once the mail is delivered.
 */
@Service
@Transactional
public class ContactService {

  /** A message in the sender's sent list. */
  public record Sent(
      long id, long labId, String labName, String subject, String body, Instant sentAt) {}

  private record Row(long id, long labId, String subject, String body, Instant createdAt) {}

  private final JdbcClient jdbc;
  private final Rights rights;
  private final AccountService accounts;
  private final LabDirectory labs;
  private final ContactMails mails;
  private final MessageSource messages;

  ContactService(
      JdbcClient jdbc,
      Rights rights,
      AccountService accounts,
      LabDirectory labs,
      ContactMails mails,
      MessageSource messages) {
    this.jdbc = jdbc;
    this.rights = rights;
    this.accounts = accounts;
    this.labs = labs;
    this.mails = mails;
    this.messages = messages;
  }

  /** Sends the message to the lab; refused with field errors when empty or too long. */
  public void contact(long labId, ContactCommand command) {
    long me = rights.requireMember();
    LabView lab = labs.get(labId);
    String subject = command.subject() == null ? "" : command.subject().strip();
    String message = command.message() == null ? "" : command.message().strip();
    List<FieldProblem> problems = new ArrayList<>();
    if (subject.isEmpty()) {
      problems.add(new FieldProblem("subject", "contact.subjectRequired"));
    } else if (subject.length() > 200) {
      problems.add(new FieldProblem("subject", "contact.tooLong", 200));
    }
    if (message.isEmpty()) {
      problems.add(new FieldProblem("message", "contact.messageRequired"));
    } else if (message.length() > 5000) {
      problems.add(new FieldProblem("message", "contact.tooLong", 5000));
    }
    List<String> to = recipients(lab);
    if (to.isEmpty()) {
      problems.add(new FieldProblem("message", "contact.noAddress"));
    }
    if (!problems.isEmpty()) {
      throw new InvalidInput(problems);
    }
    AccountView sender = accounts.account(me);
    jdbc.sql(
            """
            insert into contact_request (sender_id, lab_id, subject, body, created_at)
            values (?, ?, ?, ?, ?)
            """)
        .params(me, labId, subject, message, SqlTime.of(Instant.now()))
        .update();
    String body =
        messages.getMessage(
                "contact.mailIntro",
                new Object[] {sender.displayName(), lab.name()},
                LocaleContextHolder.getLocale())
            + "\n\n"
            + message
            + "\n\n-- \n"
            + messages.getMessage(
                "contact.mailFooter",
                new Object[] {sender.displayName()},
                LocaleContextHolder.getLocale());
    for (String address : to) {
      mails.send(address, sender.email(), "[Digilabs Hub] " + subject, body);
    }
  }

  /** The signed-in member's messages to labs, newest first. */
  @Transactional(readOnly = true)
  public List<Sent> sent() {
    long me = rights.requireMember();
    List<Row> rows =
        jdbc.sql(
                "select id, lab_id, subject, body, created_at from contact_request"
                    + " where sender_id = ? order by created_at desc, id desc")
            .param(me)
            .query(Row.class)
            .list();
    Map<Long, String> names = labs.names(rows.stream().map(Row::labId).distinct().toList());
    return rows.stream()
        .map(
            r ->
                new Sent(
                    r.id(),
                    r.labId(),
                    names.getOrDefault(r.labId(), ""),
                    r.subject(),
                    r.body(),
                    r.createdAt()))
        .toList();
  }

  private List<String> recipients(LabView lab) {
    if (lab.contactEmail() != null && !lab.contactEmail().isBlank()) {
      return List.of(lab.contactEmail());
    }
    return accounts.members(lab.id()).stream()
        .filter(MemberView::editor)
        .map(MemberView::email)
        .toList();
  }
}
