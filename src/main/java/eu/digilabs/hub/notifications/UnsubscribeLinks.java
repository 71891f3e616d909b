package eu.digilabs.hub.notifications;

import eu.digilabs.hub.shared.SqlTime;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * One-click unsubscribe links (RFC 8058): a random token per mail, of which only the SHA-256 is
 * kept, bound to one account and one list. The link carries no account id, so it cannot be turned
 * against someone else; it works without signing in, as mail clients post it.
 */
@Component
public class UnsubscribeLinks {

  /** The lists a person can leave with one click. */
  public static final String DIGEST = "digest";

  /** Mails addressed to the person (replies, answers, moderation). */
  public static final String IMMEDIATE = "immediate";

  private static final SecureRandom RANDOM = new SecureRandom();

  private final JdbcClient jdbc;
  private final DigestSettings settings;

  UnsubscribeLinks(JdbcClient jdbc, DigestSettings settings) {
    this.jdbc = jdbc;
    this.settings = settings;
  }

  /** A new token for a mail to the account; in the caller's transaction. */
  String create(long account, String list) {
    byte[] random = new byte[32];
    RANDOM.nextBytes(random);
    String token = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
    jdbc.sql(
            "insert into unsubscribe_link (token_hash, account_id, list, created_at) values (?, ?, ?, ?)")
        .params(hash(token), account, list, SqlTime.of(Instant.now()))
        .update();
    return token;
  }

  /** Whether the token is one the hub made (and not yet purged): for the confirmation page. */
  @Transactional(readOnly = true)
  public boolean known(@Nullable String token) {
    return find(token).isPresent();
  }

  /**
   * Leaves the token's list for the token's account; an unknown token changes nothing. Repeating it
   * is harmless.
   */
  @Transactional
  public boolean unsubscribe(@Nullable String token) {
    Optional<Link> link = find(token);
    link.ifPresent(
        l -> {
          if (DIGEST.equals(l.list())) {
            settings.stopDigests(l.accountId());
          } else if (IMMEDIATE.equals(l.list())) {
            settings.stopImmediateMails(l.accountId());
          }
        });
    return link.isPresent();
  }

  private record Link(long accountId, String list) {}

  private Optional<Link> find(@Nullable String token) {
    if (token == null || token.isBlank() || token.length() > 100) {
      return Optional.empty();
    }
    return jdbc.sql("select account_id, list from unsubscribe_link where token_hash = ?")
        .param(hash(token.strip()))
        .query(Link.class)
        .optional();
  }

  static String hash(String token) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }
}
