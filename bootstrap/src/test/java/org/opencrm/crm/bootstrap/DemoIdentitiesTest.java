package org.opencrm.crm.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Demo identities appear only when no issuer is configured. */
class DemoIdentitiesTest {

  private static final List<String> TOUCHED =
      List.of(
          "quarkus.oidc.auth-server-url",
          "quarkus.oidc.public-key",
          "quarkus.oidc.token.issuer",
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
  void withoutAnIssuer_aKeyPairAndTheDemoIssuerAreConfigured() {
    DemoIdentities.enableUnlessIssuerConfigured();

    assertThat(System.getProperty(DemoIdentities.ENABLED_PROPERTY)).isEqualTo("true");
    assertThat(System.getProperty("quarkus.oidc.token.issuer")).isEqualTo(DemoIdentities.ISSUER);
    assertThat(System.getProperty("quarkus.oidc.public-key")).isNotBlank();
    assertThat(System.getProperty(DemoIdentities.SIGNING_KEY_PROPERTY)).isNotBlank();
  }

  @Test
  void withARealIssuer_nothingDemoExists() {
    System.setProperty("quarkus.oidc.auth-server-url", "https://keycloak.example.com/realms/crm");

    DemoIdentities.enableUnlessIssuerConfigured();

    assertThat(System.getProperty(DemoIdentities.ENABLED_PROPERTY)).isNull();
    assertThat(System.getProperty("quarkus.oidc.public-key")).isNull();
  }
}
