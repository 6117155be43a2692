package org.opencrm.crm.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.opencrm.crm.support.CrmTestResources;
import org.opencrm.crm.support.TestUsers;

/**
 * With an expected audience configured (the tests run with crm-api), a token that another client of
 * the same realm obtained for itself is refused, even though the issuer signed it.
 */
@QuarkusTest
@WithTestResource(CrmTestResources.class)
class AudienceTest {

  @Test
  void aTokenForAnotherApplication_is401() {
    given()
        .header("Authorization", "Bearer " + TestUsers.issue(TestUsers.OTHER_CLIENT))
        .get("/api/v1/customers")
        .then()
        .statusCode(401)
        .body("code", equalTo("auth.unauthenticated"));
  }

  @Test
  void aTokenForThisApi_isAccepted() {
    given()
        .header("Authorization", TestUsers.ADMIN.bearer())
        .get("/api/v1/customers")
        .then()
        .statusCode(200);
  }
}
