package eu.digilabs.hub.cooperation;

import eu.digilabs.hub.accounts.AccountService;
import eu.digilabs.hub.accounts.MemberView;
import eu.digilabs.hub.notifications.Notices;
import eu.digilabs.hub.notifications.Notices.Notice;
import eu.digilabs.hub.search.SearchService;
import eu.digilabs.hub.shared.SqlTime;
import eu.digilabs.hub.shared.items.ItemKeys;
import eu.digilabs.hub.shared.items.ItemRef;
import eu.digilabs.hub.shared.items.Items;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Tells the labs whose projects are nearest to a question (by meaning when embeddings are on, by
 * words otherwise), at most ten and each at most once; the asker's own labs are not told. Questions
 * without an answer after two weeks are suggested once more to the next nearest labs.
 */
@Component
class QuestionLabs {

  static final int LABS = 10;
  static final Duration RESUGGEST_AFTER = Duration.ofDays(14);

  private final JdbcClient jdbc;
  private final SearchService search;
  private final Items items;
  private final AccountService accounts;
  private final Notices notices;
  private final Questions questions;

  QuestionLabs(
      JdbcClient jdbc,
      SearchService search,
      Items items,
      AccountService accounts,
      Notices notices,
      Questions questions) {
    this.jdbc = jdbc;
    this.search = search;
    this.items = items;
    this.accounts = accounts;
    this.notices = notices;
    this.questions = questions;
  }

  /** Tells up to ten labs not yet told of the question; returns the labs told. */
  @Transactional
  public List<Long> tell(Question question, int round) {
    Set<Long> skip =
        new HashSet<>(
            jdbc.sql("select lab_id from question_lab where question_id = ?")
                .param(question.id())
                .query(Long.class)
                .list());
    if (question.authorId() != null) {
      skip.addAll(accounts.labsOf(question.authorId()).keySet());
    }
    String text = question.title() + "\n" + (question.body() == null ? "" : question.body());
    List<Long> labs = near(text, skip);
    Notice notice =
        new Notice(
            "question",
            ItemKeys.of("question", question.id()),
            question.title(),
            "/questions/" + question.id(),
            null,
            null);
    Instant now = Instant.now();
    for (long lab : labs) {
      jdbc.sql("insert into question_lab (question_id, lab_id, round, told_at) values (?, ?, ?, ?)")
          .params(question.id(), lab, round, SqlTime.of(now))
          .update();
      List<Long> members =
          accounts.members(lab).stream()
              .map(MemberView::accountId)
              .filter(id -> !id.equals(question.authorId()))
              .toList();
      notices.tell(members, notice);
    }
    return labs;
  }

  /** The labs of the projects nearest to the text, nearest first, without those to skip. */
  List<Long> near(String text, Set<Long> skip) {
    List<SearchService.RankedItem> ranked =
        search.rank(List.of("Project"), text, text, List.of(), 60).items();
    List<String> keys = new ArrayList<>();
    ranked.forEach(r -> keys.add(ItemKeys.of("project", r.id())));
    Map<String, ItemRef> projects = items.published(keys);
    Set<Long> labs = new LinkedHashSet<>();
    for (String key : keys) {
      ItemRef project = projects.get(key);
      if (project == null) {
        continue;
      }
      for (long lab : project.labIds()) {
        if (!skip.contains(lab) && labs.size() < LABS) {
          labs.add(lab);
        }
      }
    }
    return List.copyOf(labs);
  }

  @Scheduled(cron = "${hub.cooperation.reminder-cron:0 0 9 * * *}")
  @SchedulerLock(name = "question-reminders")
  public void scheduled() {
    remind(Instant.now());
  }

  /** Suggests unanswered questions older than two weeks once more; returns how many. */
  @Transactional
  int remind(Instant now) {
    List<Long> due =
        jdbc.sql(
                """
                select id from question where hidden = false and answers = 0
                  and resuggested_at is null and created_at < ? order by id
                """)
            .param(SqlTime.of(now.minus(RESUGGEST_AFTER)))
            .query(Long.class)
            .list();
    int reminded = 0;
    for (long id : due) {
      int claimed =
          jdbc.sql("update question set resuggested_at = ? where id = ? and resuggested_at is null")
              .params(SqlTime.of(now), id)
              .update();
      if (claimed == 1) {
        questions.findById(id).ifPresent(q -> tell(q, 2));
        reminded++;
      }
    }
    return reminded;
  }
}
