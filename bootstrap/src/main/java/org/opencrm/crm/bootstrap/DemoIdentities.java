package org.opencrm.crm.bootstrap;

import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

/**
 * Local demo sign-in for the zero-configuration run: when no OIDC issuer is configured, the service
 * verifies tokens against a key pair generated at start and {@code /demo/tokens} hands out tokens
 * for demo users. With a real issuer configured none of this exists.
 */
public final class DemoIdentities {

  public static final String ISSUER = "urn:opencrm:demo";
  static final String ENABLED_PROPERTY = "crm.demo-identities.enabled";
  static final String SIGNING_KEY_PROPERTY = "crm.demo-identities.signing-key";

  private DemoIdentities() {}

  static void enableUnlessIssuerConfigured() {
    if (configured("quarkus.oidc.auth-server-url") || configured("quarkus.oidc.public-key")) {
      return;
    }
    KeyPair keyPair = newKeyPair();
    Base64.Encoder base64 = Base64.getEncoder();
    System.setProperty(
        "quarkus.oidc.public-key", base64.encodeToString(keyPair.getPublic().getEncoded()));
    System.setProperty("quarkus.oidc.token.issuer", ISSUER);
    System.setProperty(
        SIGNING_KEY_PROPERTY, base64.encodeToString(keyPair.getPrivate().getEncoded()));
    System.setProperty(ENABLED_PROPERTY, "true");
    System.out.println(
        "No OIDC issuer configured: demo identities enabled; get a token with"
            + " curl -X POST localhost:8080/demo/tokens/li.lei");
  }

  private static boolean configured(String property) {
    String fromSystem = System.getProperty(property);
    String fromEnv = System.getenv(property.toUpperCase().replaceAll("[^A-Z0-9]", "_"));
    return (fromSystem != null && !fromSystem.isBlank()) || (fromEnv != null && !fromEnv.isBlank());
  }

  private static KeyPair newKeyPair() {
    try {
      KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
      generator.initialize(2048);
      return generator.generateKeyPair();
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("RSA is missing from this JDK", e);
    }
  }
}
