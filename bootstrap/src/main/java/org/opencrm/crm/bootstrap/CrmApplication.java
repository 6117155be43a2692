package org.opencrm.crm.bootstrap;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;

/**
 * Entry point. With no database configured it starts the embedded PostgreSQL (here, not in a config
 * source, because config sources also run during the build's augmentation); with no OIDC issuer
 * configured it prepares the demo identities, which the start-up check lets in only in development
 * or when switched on (the launch mode is not known before Quarkus starts).
 */
@QuarkusMain
public final class CrmApplication {

  private CrmApplication() {}

  public static void main(String... args) {
    DemoIdentities.prepareUnlessIssuerConfigured();
    // In dev mode this runs again on every restart: the database is started and stopped with
    // each run of the application.
    try (EmbeddedDatabase database = EmbeddedDatabase.startUnlessConfigured()) {
      Quarkus.run(args);
    }
  }
}
