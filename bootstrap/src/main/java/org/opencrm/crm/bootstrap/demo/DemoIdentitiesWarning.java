package org.opencrm.crm.bootstrap.demo;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/** Says in the log, at every start with demo identities, that anyone may sign in as anyone. */
@Singleton
class DemoIdentitiesWarning {

  private static final Logger LOG = Logger.getLogger(DemoIdentitiesWarning.class);

  void onStart(
      @Observes StartupEvent started,
      @ConfigProperty(name = "crm.demo-identities.enabled") boolean enabled) {
    if (enabled) {
      LOG.warn(
          "Demo identities are enabled: anyone who reaches /demo/tokens signs in as any demo user,"
              + " admin included. For development only; configure QUARKUS_OIDC_AUTH_SERVER_URL for"
              + " real use. Get a token with: curl -X POST localhost:8080/demo/tokens/li.lei");
    }
  }
}
