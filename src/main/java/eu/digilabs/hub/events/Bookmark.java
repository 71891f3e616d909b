package eu.digilabs.hub.events;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import org.jspecify.annotations.Nullable;

/** A session on a member's personal agenda. */
@Entity
@Table(name = "session_bookmark")
@IdClass(Bookmark.Key.class)
class Bookmark {

  record Key(@Nullable Long accountId, @Nullable Long sessionId) implements Serializable {
    Key() {
      this(null, null);
    }
  }

  @Id
  @Column(name = "account_id")
  private Long accountId;

  @Id
  @Column(name = "session_id")
  private Long sessionId;

  protected Bookmark() {}

  Bookmark(long accountId, long sessionId) {
    this.accountId = accountId;
    this.sessionId = sessionId;
  }

  long accountId() {
    return accountId;
  }

  long sessionId() {
    return sessionId;
  }
}
