package org.opencrm.crm.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The embedded server requires a generated password over scram, kept owner-only, across restarts.
 */
class EmbeddedDatabaseCredentialsTest {

  @TempDir Path dataDirectory;

  private EmbeddedPostgres start() throws Exception {
    EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder();
    EmbeddedDatabaseCredentials.kept(dataDirectory)
        .ifPresent(password -> builder.setConnectConfig("password", password));
    return builder
        .setDataDirectory(dataDirectory)
        .setCleanDataDirectory(false)
        .setLocaleConfig("locale", "C.UTF-8")
        .start();
  }

  @Test
  void aFreshServer_requiresTheGeneratedPassword_keptOwnerOnly_andKeepsItAcrossRestarts()
      throws Exception {
    String password;
    try (EmbeddedPostgres server = start()) {
      password = EmbeddedDatabaseCredentials.secure(server, dataDirectory);
      String url = EmbeddedDatabaseCredentials.url(server);

      assertThatThrownBy(() -> DriverManager.getConnection(url, "postgres", null))
          .isInstanceOf(SQLException.class);
      assertThatThrownBy(() -> DriverManager.getConnection(url, "postgres", "postgres"))
          .isInstanceOf(SQLException.class);
      try (Connection connection = DriverManager.getConnection(url, "postgres", password)) {
        assertThat(connection.isValid(5)).isTrue();
      }
      Path file = dataDirectory.resolve(EmbeddedDatabaseCredentials.PASSWORD_FILE);
      assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
          .isEqualTo("rw-------");
      assertThat(Files.readString(dataDirectory.resolve("pg_hba.conf")))
          .contains("scram-sha-256")
          .doesNotContainPattern("(?m)^[^#].*\\btrust\\s*$");
    }
    try (EmbeddedPostgres restarted = start()) {
      assertThat(EmbeddedDatabaseCredentials.secure(restarted, dataDirectory)).isEqualTo(password);
      try (Connection connection =
          DriverManager.getConnection(
              EmbeddedDatabaseCredentials.url(restarted), "postgres", password)) {
        assertThat(connection.isValid(5)).isTrue();
      }
    }
  }
}
