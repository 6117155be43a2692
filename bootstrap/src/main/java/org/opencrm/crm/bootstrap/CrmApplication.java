package org.opencrm.crm.bootstrap;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;

/**
 * Entry point. With no database configured it starts the embedded PostgreSQL first (here, not in a
 * config source, because config sources also run during the build's augmentation); with no OIDC
 * issuer configured it switches on the local demo identities.
 */
@QuarkusMain
public final class CrmApplication {

  private CrmApplication() {}

  public static void main(String... args) {
    // In dev mode this runs again on every restart: the database is started and stopped with
    // each run of the application.
    try (EmbeddedDatabase database = EmbeddedDatabase.startUnlessConfigured()) {
      DemoIdentities.enableUnlessIssuerConfigured();
      Quarkus.run(args);
    }
  }
}
