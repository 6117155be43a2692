package org.opencrm.crm.bootstrap.demo;

import io.quarkus.runtime.LaunchMode;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.opencrm.crm.bootstrap.DemoIdentities;
import org.opencrm.crm.bootstrap.DemoIdentities.SignIn;

/**
 * Decides at start, when the launch mode is known, whether the prepared demo identities may be
 * used: a packaged service without an issuer refuses to start unless {@code CRM_DEMO_IDENTITIES} is
 * {@code true}; whenever they are on, the log says that anyone may sign in as anyone.
 */
@Singleton
public class DemoIdentitiesGate {

  private static final Logger LOG = Logger.getLogger(DemoIdentitiesGate.class);

  private final SignIn signIn;

  DemoIdentitiesGate(
      @ConfigProperty(name = DemoIdentities.ENABLED_PROPERTY) boolean prepared,
      @ConfigProperty(name = DemoIdentities.SWITCH_PROPERTY) Optional<String> demoSwitch,
      LaunchMode mode) {
    this.signIn = DemoIdentities.decide(!prepared, demoSwitch.orElse(null), mode);
  }

  void onStart(@Observes StartupEvent started) {
    switch (signIn) {
      case ISSUER -> {}
      case DEMO ->
          LOG.warn(
              "Demo identities are enabled: anyone who reaches /demo/tokens signs in as any demo"
                  + " user, admin included. For development and trials only; set"
                  + " QUARKUS_OIDC_AUTH_SERVER_URL for real use.");
      case REFUSED -> throw new DemoIdentities.NoSignInConfigured();
    }
  }

  /** Whether demo tokens may be handed out in this run. */
  public boolean open() {
    return signIn == SignIn.DEMO;
  }
}
