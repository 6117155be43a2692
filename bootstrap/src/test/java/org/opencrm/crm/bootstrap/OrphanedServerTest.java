package org.opencrm.crm.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OrphanedServerTest {

  @TempDir Path dataDirectory;

  @Test
  void pidFileOfADeadProcess_isRemoved() throws Exception {
    Process gone = new ProcessBuilder("true").start();
    gone.waitFor(10, TimeUnit.SECONDS);
    Files.writeString(dataDirectory.resolve("postmaster.pid"), gone.pid() + "\n/data\n");

    OrphanedServer.stopIfRunning(dataDirectory);

    assertThat(dataDirectory.resolve("postmaster.pid")).doesNotExist();
  }

  @Test
  void aLiveProcessThatIsNotPostgres_isLeftAlone() throws Exception {
    Process other = new ProcessBuilder("sleep", "30").start();
    try {
      Files.writeString(dataDirectory.resolve("postmaster.pid"), other.pid() + "\n");

      OrphanedServer.stopIfRunning(dataDirectory);

      assertThat(other.isAlive()).isTrue();
      assertThat(dataDirectory.resolve("postmaster.pid")).doesNotExist();
    } finally {
      other.destroyForcibly();
    }
  }

  @Test
  void aRunningPostgresLeftBehind_isStopped() throws Exception {
    EmbeddedPostgres orphan =
        EmbeddedPostgres.builder()
            .setDataDirectory(dataDirectory)
            .setCleanDataDirectory(false)
            .start();
    try {
      long pid = Long.parseLong(Files.readAllLines(dataDirectory.resolve("postmaster.pid")).get(0));
      ProcessHandle postmaster = ProcessHandle.of(pid).orElseThrow();

      OrphanedServer.stopIfRunning(dataDirectory);

      assertThat(postmaster.onExit().get(30, TimeUnit.SECONDS).isAlive()).isFalse();
      assertThat(dataDirectory.resolve("postmaster.pid")).doesNotExist();
    } finally {
      try {
        orphan.close();
      } catch (Exception alreadyStopped) {
        // expected: the test stopped it
      }
    }
  }

  @Test
  void noPidFile_isNothingToDo() throws Exception {
    OrphanedServer.stopIfRunning(dataDirectory);
    assertThat(dataDirectory).isEmptyDirectory();
  }
}
