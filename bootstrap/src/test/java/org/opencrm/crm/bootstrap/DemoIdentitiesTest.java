package org.opencrm.crm.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.runtime.LaunchMode;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Demo identities appear only when no issuer is configured, and then only in development or when
 * switched on; a packaged service with neither refuses to start.
 */
class DemoIdentitiesTest {

  private static final List<String> TOUCHED =
      List.of(
          "quarkus.oidc.auth-server-url",
          "quarkus.oidc.public-key",
          "quarkus.oidc.token.issuer",
          DemoIdentities.SWITCH_PROPERTY,
          DemoIdentities.ENABLED_PROPERTY,
          DemoIdentities.SIGNING_KEY_PROPERTY);
  private final Properties saved = new Properties();

  // These are JVM-wide settings that the Quarkus tests in this JVM read: leave them as found.
  @BeforeEach
  void save() {
    TOUCHED.forEach(key -> saved.put(key, System.getProperty(key, "\u0000")));
    TOUCHED.forEach(System::clearProperty);
  }

  @AfterEach
  void restore() {
    TOUCHED.forEach(
        key -> {
          String value = saved.getProperty(key);
          if ("\u0000".equals(value)) {
            System.clearProperty(key);
          } else {
            System.setProperty(key, value);
          }
        });
  }

  @Test
  void withoutAnIssuer_developmentAndTestsGetDemoIdentities() {
    assertThat(DemoIdentities.decide(false, null, LaunchMode.DEVELOPMENT))
        .isEqualTo(DemoIdentities.SignIn.DEMO);
    assertThat(DemoIdentities.decide(false, null, LaunchMode.TEST))
        .isEqualTo(DemoIdentities.SignIn.DEMO);
  }

  @Test
  void withoutAnIssuer_aPackagedServiceRefuses_unlessDemoIsSwitchedOn() {
    assertThat(DemoIdentities.decide(false, null, LaunchMode.NORMAL))
        .isEqualTo(DemoIdentities.SignIn.REFUSED);
    assertThat(DemoIdentities.decide(false, "false", LaunchMode.NORMAL))
        .isEqualTo(DemoIdentities.SignIn.REFUSED);
    assertThat(DemoIdentities.decide(false, "true", LaunchMode.NORMAL))
        .isEqualTo(DemoIdentities.SignIn.DEMO);
  }

  @Test
  void aRealIssuerWins_evenWithTheDemoSwitchOn() {
    assertThat(DemoIdentities.decide(true, "true", LaunchMode.DEVELOPMENT))
        .isEqualTo(DemoIdentities.SignIn.ISSUER);
  }

  @Test
  void withoutAnIssuer_aKeyPairAndTheDemoIssuerArePrepared() {
    DemoIdentities.prepareUnlessIssuerConfigured();

    assertThat(System.getProperty(DemoIdentities.ENABLED_PROPERTY)).isEqualTo("true");
    assertThat(System.getProperty("quarkus.oidc.token.issuer")).isEqualTo(DemoIdentities.ISSUER);
    assertThat(System.getProperty("quarkus.oidc.public-key")).isNotBlank();
    assertThat(System.getProperty(DemoIdentities.SIGNING_KEY_PROPERTY)).isNotBlank();
  }

  @Test
  void withARealIssuer_nothingDemoExists() {
    System.setProperty("quarkus.oidc.auth-server-url", "https://keycloak.example.com/realms/crm");

    DemoIdentities.prepareUnlessIssuerConfigured();

    assertThat(System.getProperty(DemoIdentities.ENABLED_PROPERTY)).isNull();
    assertThat(System.getProperty("quarkus.oidc.public-key")).isNull();
  }
}
