package org.opencrm.crm.bootstrap;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/**
 * The zero-configuration database: a PostgreSQL server run from the binaries on the classpath,
 * keeping its data in a local directory across restarts, with a generated password and scram
 * authentication ({@link EmbeddedDatabaseCredentials}). Only used when no JDBC URL is configured.
 */
final class EmbeddedDatabase implements AutoCloseable {

  static final String DATA_DIRECTORY_PROPERTY = "crm.embedded-database.directory";

  /** Set once this class has configured the datasource, so that a dev-mode restart starts again. */
  private static final String STARTED_HERE_PROPERTY = "crm.embedded-database.started-here";

  private static final String DEFAULT_DATA_DIRECTORY = ".crm-data/postgres";

  private final EmbeddedPostgres server;

  private EmbeddedDatabase(EmbeddedPostgres server) {
    this.server = server;
  }

  static EmbeddedDatabase startUnlessConfigured() {
    boolean startedHereBefore = Boolean.getBoolean(STARTED_HERE_PROPERTY);
    if (!startedHereBefore && setting("quarkus.datasource.jdbc.url").isPresent()) {
      return new EmbeddedDatabase(null);
    }
    Path dataDirectory =
        Path.of(setting(DATA_DIRECTORY_PROPERTY).orElse(DEFAULT_DATA_DIRECTORY)).toAbsolutePath();
    try {
      Files.createDirectories(dataDirectory);
      OrphanedServer.stopIfRunning(dataDirectory);
      EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder();
      EmbeddedDatabaseCredentials.kept(dataDirectory)
          .ifPresent(password -> builder.setConnectConfig("password", password));
      EmbeddedPostgres server =
          builder
              .setDataDirectory(dataDirectory)
              .setCleanDataDirectory(false)
              .setPGStartupWait(Duration.ofSeconds(30))
              // UTF-8 character classes, so that name search treats CJK characters as letters.
              .setLocaleConfig("locale", "C.UTF-8")
              .setLocaleConfig("encoding", "UTF8")
              // zonky turns durability off for tests; this database keeps real data.
              .setServerConfig("fsync", "on")
              .setServerConfig("synchronous_commit", "on")
              .setServerConfig("full_page_writes", "on")
              .start();
      String url = EmbeddedDatabaseCredentials.url(server);
      String password = EmbeddedDatabaseCredentials.secure(server, dataDirectory);
      System.setProperty("quarkus.datasource.jdbc.url", url);
      System.setProperty("quarkus.datasource.username", EmbeddedDatabaseCredentials.SUPERUSER);
      System.setProperty("quarkus.datasource.password", password);
      System.setProperty(STARTED_HERE_PROPERTY, "true");
      // Quarkus logging is not set up yet this early.
      System.out.println(
          "Embedded PostgreSQL started, data in " + dataDirectory + " (" + url + ")");
      return new EmbeddedDatabase(server);
    } catch (IOException e) {
      throw new UncheckedIOException("Could not start the embedded PostgreSQL", e);
    }
  }

  private static Optional<String> setting(String property) {
    String fromSystem = System.getProperty(property);
    if (fromSystem != null && !fromSystem.isBlank()) {
      return Optional.of(fromSystem);
    }
    String envName = property.toUpperCase().replaceAll("[^A-Z0-9]", "_");
    String fromEnv = System.getenv(envName);
    return fromEnv == null || fromEnv.isBlank() ? Optional.empty() : Optional.of(fromEnv);
  }

  @Override
  public void close() {
    if (server == null) {
      return;
    }
    try {
      server.close();
    } catch (IOException e) {
      System.err.println("Embedded PostgreSQL did not stop cleanly: " + e.getMessage());
    }
  }
}
