package eu.digilabs.hub.cooperation;

import eu.digilabs.hub.accounts.PersonalData;
import java.time.Instant;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The messages a member sent to labs (their sent list): exported, and deleted with the account. */
@Component
class ContactPersonalData implements PersonalData {

  record SentData(long labId, String subject, String body, Instant createdAt) {}

  private final JdbcClient jdbc;

  ContactPersonalData(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public String section() {
    return "contactRequests";
  }

  @Override
  public Object export(long accountId) {
    return jdbc.sql(
            "select lab_id, subject, body, created_at from contact_request where sender_id = ?"
                + " order by created_at")
        .param(accountId)
        .query(SentData.class)
        .list();
  }

  @Override
  public void erase(long accountId) {
    jdbc.sql("delete from contact_request where sender_id = ?").param(accountId).update();
  }
}
