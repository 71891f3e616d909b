package eu.digilabs.hub.translation;

import java.time.LocalDate;
import java.time.ZoneOffset;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Characters sent to each provider per day (UTC), in the database, so a quota holds across restarts
 * and nodes. A reservation is one conditional update in a transaction of its own: two requests
 * cannot both take the last characters.
 */
@Component
class TranslationUsage implements Quota {

  private final JdbcClient jdbc;
  private final TransactionTemplate own;

  TranslationUsage(JdbcClient jdbc, PlatformTransactionManager transactions) {
    this.jdbc = jdbc;
    this.own = new TransactionTemplate(transactions);
    this.own.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
  }

  /**
   * Counts {@code characters} against today's quota if they fit ({@code limit} 0: no limit);
   * returns whether they did.
   */
  @Override
  public boolean reserve(String provider, long characters, long limit) {
    for (int attempt = 0; attempt < 3; attempt++) {
      try {
        return Boolean.TRUE.equals(own.execute(status -> tryReserve(provider, characters, limit)));
      } catch (DuplicateKeyException madeMeanwhile) {
        // another request made today's row first: count against it
      }
    }
    return false;
  }

  /** Characters used today (UTC). */
  @Override
  public long today(String provider) {
    return Math.max(0, used(provider, today()));
  }

  private boolean tryReserve(String provider, long characters, long limit) {
    LocalDate day = today();
    int updated =
        jdbc.sql(
                """
                update translation_usage set characters = characters + :chars
                where provider = :provider and usage_day = :day
                  and (:limit = 0 or characters + :chars <= :limit)
                """)
            .param("chars", characters)
            .param("provider", provider)
            .param("day", day)
            .param("limit", limit)
            .update();
    if (updated == 1) {
      return true;
    }
    if (used(provider, day) >= 0 || (limit > 0 && characters > limit)) {
      return false;
    }
    jdbc.sql("insert into translation_usage (provider, usage_day, characters) values (?, ?, ?)")
        .params(provider, day, characters)
        .update();
    return true;
  }

  private long used(String provider, LocalDate day) {
    return jdbc.sql("select characters from translation_usage where provider = ? and usage_day = ?")
        .params(provider, day)
        .query(Long.class)
        .optional()
        .orElse(-1L);
  }

  private static LocalDate today() {
    return LocalDate.now(ZoneOffset.UTC);
  }
}
