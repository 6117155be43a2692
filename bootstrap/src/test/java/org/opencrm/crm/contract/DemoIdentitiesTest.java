package org.opencrm.crm.contract;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.opencrm.crm.support.CrmTestResources;

/** With a real issuer configured (as here), demo identities do not exist. */
@QuarkusTest
@WithTestResource(CrmTestResources.class)
class DemoIdentitiesTest {

  @Test
  void demoTokens_are404_whenARealIssuerIsConfigured() {
    given()
        .post("/demo/tokens/li.lei")
        .then()
        .statusCode(404)
        .body("code", equalTo("record.not-found"));
    given().get("/demo/tokens").then().statusCode(404);
  }

  @Test
  void tokensNotSignedByTheIssuer_areRejected() {
    String forged =
        "eyJhbGciOiJub25lIn0.eyJzdWIiOiJhZG1pbiIsInJlYWxtX2FjY2VzcyI6eyJyb2xlcyI6WyJhZG1pbiJdfX0.";
    given()
        .header("Authorization", "Bearer " + forged)
        .get("/api/v1/customers")
        .then()
        .statusCode(401)
        .body("code", equalTo("auth.unauthenticated"));
  }
}
