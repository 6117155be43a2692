package org.opencrm.crm.bootstrap;

import io.quarkus.runtime.LaunchMode;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

/**
 * Local demo sign-in for trying the service without an identity provider: the service verifies
 * tokens against a key pair generated at start and {@code /demo/tokens} hands out tokens for demo
 * users. Anyone who can reach that endpoint is an admin, so demo identities belong to development:
 * they are on in {@code quarkus:dev} and tests, and in a packaged service only when switched on
 * explicitly ({@code CRM_DEMO_IDENTITIES=true}). A packaged service with neither an issuer nor that
 * switch refuses to start. With a real issuer configured none of this exists.
 */
public final class DemoIdentities {

  public static final String ISSUER = "urn:opencrm:demo";
  public static final String SWITCH_PROPERTY = "crm.demo-identities";
  public static final String ENABLED_PROPERTY = "crm.demo-identities.enabled";
  static final String SIGNING_KEY_PROPERTY = "crm.demo-identities.signing-key";

  /** How callers sign in, decided once before the service starts. */
  public enum SignIn {
    /** A real OIDC issuer (or public key) is configured. */
    ISSUER,
    /** Demo identities: development, or explicitly switched on. */
    DEMO,
    /** Neither: the service must not start with an open token endpoint. */
    REFUSED
  }

  /** Raised when a packaged service has no way to verify callers. */
  public static final class NoSignInConfigured extends RuntimeException {
    public NoSignInConfigured() {
      super(
          "No OIDC issuer is configured. Set QUARKUS_OIDC_AUTH_SERVER_URL to your identity"
              + " provider's issuer (for example https://keycloak.example.com/realms/crm), or set"
              + " CRM_DEMO_IDENTITIES=true to try the service with demo identities (anyone who"
              + " reaches /demo/tokens signs in as any demo user: never in production).");
    }
  }

  private DemoIdentities() {}

  public static SignIn decide(boolean issuerConfigured, String demoSwitch, LaunchMode mode) {
    if (issuerConfigured) {
      return SignIn.ISSUER;
    }
    if (mode.isDevOrTest() || "true".equalsIgnoreCase(demoSwitch)) {
      return SignIn.DEMO;
    }
    return SignIn.REFUSED;
  }

  /**
   * Before Quarkus starts (the launch mode is not known yet): with no issuer configured, prepares
   * the demo key pair and issuer, so that the service can verify demo tokens if the start-up check
   * ({@code DemoIdentitiesGate}) lets demo identities in.
   */
  static void prepareUnlessIssuerConfigured() {
    if (!issuerConfigured()) {
      enable();
    }
  }

  static boolean issuerConfigured() {
    return configured("quarkus.oidc.auth-server-url") || configured("quarkus.oidc.public-key");
  }

  private static void enable() {
    KeyPair keyPair = newKeyPair();
    Base64.Encoder base64 = Base64.getEncoder();
    System.setProperty(
        "quarkus.oidc.public-key", base64.encodeToString(keyPair.getPublic().getEncoded()));
    System.setProperty("quarkus.oidc.token.issuer", ISSUER);
    System.setProperty(
        SIGNING_KEY_PROPERTY, base64.encodeToString(keyPair.getPrivate().getEncoded()));
    System.setProperty(ENABLED_PROPERTY, "true");
  }

  private static boolean configured(String property) {
    String value = setting(property);
    return value != null && !value.isBlank();
  }

  /** A setting from a system property or its environment variable (read before Quarkus starts). */
  private static String setting(String property) {
    String fromSystem = System.getProperty(property);
    if (fromSystem != null) {
      return fromSystem;
    }
    return System.getenv(property.toUpperCase().replaceAll("[^A-Z0-9]", "_"));
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
