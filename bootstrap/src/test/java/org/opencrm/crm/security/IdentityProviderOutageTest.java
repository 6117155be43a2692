package org.opencrm.crm.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.opencrm.crm.support.DatabaseOnly;

/**
 * An identity provider that cannot be reached is an outage on the service's side: 503
 * auth.unavailable with Retry-After, never a 500 (its own app start: the issuer is unreachable).
 */
@QuarkusTest
@TestProfile(IdentityProviderOutageTest.UnreachableIssuer.class)
class IdentityProviderOutageTest {

  public static class UnreachableIssuer implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
      // Port 9 (discard) refuses connections on loopback.
      return Map.of("quarkus.oidc.auth-server-url", "http://127.0.0.1:9/realms/crm");
    }

    @Override
    public List<TestResourceEntry> testResources() {
      return List.of(new TestResourceEntry(DatabaseOnly.class));
    }
  }

  @Test
  void everyCallWithAToken_is503AuthUnavailable_withRetryAfter() {
    String someToken = "eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJsaS5sZWkifQ.c2lnbmF0dXJl";
    for (int i = 0; i < 3; i++) {
      given()
          .header("Authorization", "Bearer " + someToken)
          .get("/api/v1/customers")
          .then()
          .statusCode(503)
          .header("Retry-After", "10")
          .contentType("application/problem+json")
          .body("code", equalTo("auth.unavailable"));
    }
  }
}
