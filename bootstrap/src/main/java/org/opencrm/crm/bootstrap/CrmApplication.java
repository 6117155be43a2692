package org.opencrm.crm.bootstrap;

import io.quarkus.runtime.LaunchMode;
import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;

/**
 * Entry point. It decides how callers sign in first (a packaged service with no issuer and no
 * explicit demo switch refuses to start, before anything else runs); with no database configured it
 * starts the embedded PostgreSQL (here, not in a config source, because config sources also run
 * during the build's augmentation).
 */
@QuarkusMain
public final class CrmApplication {

  private CrmApplication() {}

  public static void main(String... args) {
    try {
      DemoIdentities.configure(LaunchMode.current());
    } catch (DemoIdentities.NoSignInConfigured refused) {
      System.err.println(refused.getMessage());
      System.exit(2);
      return;
    }
    // In dev mode this runs again on every restart: the database is started and stopped with
    // each run of the application.
    try (EmbeddedDatabase database = EmbeddedDatabase.startUnlessConfigured()) {
      Quarkus.run(args);
    }
  }
}
