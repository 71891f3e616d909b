package eu.digilabs.hub.shared;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.jspecify.annotations.Nullable;

/**
 * Instants as JDBC parameters: PostgreSQL's driver takes {@code OffsetDateTime} for {@code
 * timestamp with time zone} but not {@code Instant}; H2 takes both.
 */
public final class SqlTime {

  private SqlTime() {}

  public static OffsetDateTime of(Instant instant) {
    return instant.atOffset(ZoneOffset.UTC);
  }

  public static @Nullable OffsetDateTime orNull(@Nullable Instant instant) {
    return instant == null ? null : of(instant);
  }
}
