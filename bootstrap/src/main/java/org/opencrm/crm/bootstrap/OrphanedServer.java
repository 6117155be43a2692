package org.opencrm.crm.bootstrap;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * A PostgreSQL server left running by a JVM that was killed: it still holds {@code postmaster.pid}
 * in the data directory and would make the next start wait out its timeout.
 */
final class OrphanedServer {

  private OrphanedServer() {}

  static void stopIfRunning(Path dataDirectory) throws IOException {
    Path pidFile = dataDirectory.resolve("postmaster.pid");
    if (!Files.exists(pidFile)) {
      return;
    }
    Optional<ProcessHandle> postmaster = postmasterOf(Files.readAllLines(pidFile));
    if (postmaster.isPresent() && postmaster.get().isAlive()) {
      ProcessHandle process = postmaster.get();
      System.err.println("Stopping an orphaned PostgreSQL server (pid " + process.pid() + ")");
      process.destroy();
      try {
        process.onExit().get(30, TimeUnit.SECONDS);
      } catch (Exception e) {
        process.destroyForcibly();
      }
    }
    Files.deleteIfExists(pidFile);
  }

  private static Optional<ProcessHandle> postmasterOf(List<String> pidFileLines) {
    if (pidFileLines.isEmpty()) {
      return Optional.empty();
    }
    try {
      long pid = Long.parseLong(pidFileLines.get(0).trim());
      return ProcessHandle.of(pid)
          .filter(p -> p.info().command().map(c -> c.contains("postgres")).orElse(true));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }
}
