package org.opencrm.crm.bootstrap;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Base64;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The embedded server's superuser password. The embedded server is initialised accepting any local
 * user without one ({@code trust}); at its first start this generates a password, keeps it in the
 * data directory readable by its owner only, and switches every connection to scram-sha-256. Later
 * starts read the password from there. A data directory from before this change is secured the same
 * way at its next start.
 */
final class EmbeddedDatabaseCredentials {

  static final String PASSWORD_FILE = "crm-superuser.password";
  static final String SUPERUSER = "postgres";

  private static final Pattern TRUST = Pattern.compile("\\btrust\\s*$");

  private EmbeddedDatabaseCredentials() {}

  /**
   * The password kept from an earlier start, if any: the embedded server's own readiness check
   * connects as the superuser, so it needs the password before the server starts.
   */
  static java.util.Optional<String> kept(Path dataDirectory) {
    Path passwordFile = dataDirectory.resolve(PASSWORD_FILE);
    try {
      return Files.exists(passwordFile)
          ? java.util.Optional.of(Files.readString(passwordFile).strip())
          : java.util.Optional.empty();
    } catch (IOException e) {
      throw new UncheckedIOException("Could not read the embedded PostgreSQL's password", e);
    }
  }

  /** The superuser's password, after making sure the server requires it. */
  static String secure(EmbeddedPostgres server, Path dataDirectory) {
    Path passwordFile = dataDirectory.resolve(PASSWORD_FILE);
    Path hba = dataDirectory.resolve("pg_hba.conf");
    try {
      boolean trusting = Files.readAllLines(hba).stream().anyMatch(TRUST.asPredicate());
      if (Files.exists(passwordFile) && !trusting) {
        return Files.readString(passwordFile).strip();
      }
      String password = newPassword();
      try (Connection connection = DriverManager.getConnection(url(server), SUPERUSER, null);
          Statement statement = connection.createStatement()) {
        statement.execute("SET password_encryption = 'scram-sha-256'");
        statement.execute("ALTER ROLE " + SUPERUSER + " PASSWORD '" + password + "'");
        // The password is kept before trust goes: a crash in between leaves a server that still
        // trusts, and the next start generates a new password.
        writeOwnerOnly(passwordFile, password);
        List<String> secured =
            Files.readAllLines(hba).stream()
                .map(
                    line ->
                        line.startsWith("#")
                            ? line
                            : TRUST.matcher(line).replaceAll("scram-sha-256"))
                .toList();
        Files.write(hba, secured);
        statement.execute("SELECT pg_reload_conf()");
      }
      return password;
    } catch (IOException e) {
      throw new UncheckedIOException("Could not secure the embedded PostgreSQL", e);
    } catch (SQLException e) {
      throw new IllegalStateException("Could not secure the embedded PostgreSQL", e);
    }
  }

  static String url(EmbeddedPostgres server) {
    return "jdbc:postgresql://localhost:" + server.getPort() + "/postgres";
  }

  private static String newPassword() {
    byte[] random = new byte[24];
    new SecureRandom().nextBytes(random);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(random);
  }

  private static void writeOwnerOnly(Path file, String content) throws IOException {
    Files.deleteIfExists(file);
    try {
      Files.createFile(
          file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
    } catch (UnsupportedOperationException notPosix) {
      Files.createFile(file); // Windows: the data directory's own permissions apply
    }
    Files.writeString(file, content, StandardCharsets.UTF_8, StandardOpenOption.TRUNCATE_EXISTING);
  }
}
