package org.opencrm.crm.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.opencrm.crm.support.Api.as;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.opencrm.crm.support.Api;
import org.opencrm.crm.support.CrmTestResources;
import org.opencrm.crm.support.TestUsers;

/** Answers that carry personal data are never cached nor sniffed; a 401 names its scheme. */
@QuarkusTest
@WithTestResource(CrmTestResources.class)
class SecurityHeadersTest {

  @Test
  void apiAnswers_areNotStored_norSniffed() {
    String id = Api.createCustomer(TestUsers.LI, Api.uniqueName("Headers Co"));
    as(TestUsers.LI)
        .get("/api/v1/customers/{id}", id)
        .then()
        .statusCode(200)
        .header("Cache-Control", "no-store")
        .header("X-Content-Type-Options", "nosniff");
    as(TestUsers.LI)
        .get("/api/v1/customers/{id}", "00000000-0000-0000-0000-000000000000")
        .then()
        .statusCode(404)
        .header("Cache-Control", "no-store")
        .header("X-Content-Type-Options", "nosniff");
  }

  @Test
  void aMissingOrBadToken_is401_withTheBearerChallenge() {
    given()
        .get("/api/v1/customers")
        .then()
        .statusCode(401)
        .header("WWW-Authenticate", "Bearer")
        .body("code", equalTo("auth.unauthenticated"));
    given()
        .header("Authorization", "Bearer not.a.token")
        .get("/api/v1/leads")
        .then()
        .statusCode(401)
        .header("WWW-Authenticate", "Bearer");
  }
}
