package org.opencrm.crm.security;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.opencrm.crm.support.CrmTestResources;
import org.opencrm.crm.support.TestUsers;

/**
 * A token verified once is answered from the cache afterwards; what the issuer or the checks
 * refused is never cached, and a token changed in a single character is verified as a new one.
 */
@QuarkusTest
@WithTestResource(CrmTestResources.class)
class VerifiedTokenCacheTest {

  @TestHTTPResource(value = "/metrics", management = true)
  URL metrics;

  @Test
  void theSameTokenAgain_isAnsweredFromTheCache() {
    TestUsers.ADMIN.token(); // the directory knows everyone before the fresh token is used
    String token = TestUsers.issue(TestUsers.ADMIN.id);
    double hitsBefore = counter("crm_auth_verified_tokens_hits_total");

    for (int call = 0; call < 3; call++) {
      given()
          .header("Authorization", "Bearer " + token)
          .get("/api/v1/users/me")
          .then()
          .statusCode(200)
          .body("id", equalTo(TestUsers.ADMIN.id));
    }

    assertThat(counter("crm_auth_verified_tokens_hits_total"))
        .isGreaterThanOrEqualTo(hitsBefore + 2);
  }

  @Test
  void aCachedTokenWithAnotherSignature_isRefused() {
    String token = TestUsers.ADMIN.token();
    given()
        .header("Authorization", "Bearer " + token)
        .get("/api/v1/users/me")
        .then()
        .statusCode(200);

    int signatureStart = token.lastIndexOf('.') + 1;
    char first = token.charAt(signatureStart);
    String forged =
        token.substring(0, signatureStart)
            + (first == 'A' ? 'B' : 'A')
            + token.substring(signatureStart + 1);

    given()
        .header("Authorization", "Bearer " + forged)
        .get("/api/v1/users/me")
        .then()
        .statusCode(401)
        .body("code", equalTo("auth.unauthenticated"));
  }

  @Test
  void aRefusedToken_staysRefused() {
    String otherApplication = TestUsers.issue(TestUsers.OTHER_CLIENT);
    for (int call = 0; call < 2; call++) {
      given()
          .header("Authorization", "Bearer " + otherApplication)
          .get("/api/v1/users/me")
          .then()
          .statusCode(401);
    }
  }

  private double counter(String name) {
    String exposition = given().get(metrics).then().statusCode(200).extract().asString();
    Matcher value =
        Pattern.compile("(?m)^" + name + "(\\{[^}]*})? ([0-9.eE+-]+)$").matcher(exposition);
    assertThat(value.find()).as(name + " in " + metrics).isTrue();
    return Double.parseDouble(value.group(2));
  }
}
