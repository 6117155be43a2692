package org.opencrm.crm.contract;

import static org.hamcrest.Matchers.equalTo;
import static org.opencrm.crm.support.Api.as;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.opencrm.crm.support.CrmTestResources;
import org.opencrm.crm.support.TestUsers;

/** Bad input found by fuzzing never reaches the database as a 500: one cleaning path, one codec. */
@QuarkusTest
@WithTestResource(CrmTestResources.class)
class BadInputTest {

  @ParameterizedTest
  @ValueSource(strings = {"ownerId", "team", "industry", "grade"})
  void aNulByteInALeadFilter_is400(String filter) {
    as(TestUsers.WANG)
        .queryParam(filter, "a\u0000b")
        .get("/api/v1/leads")
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo(filter));
  }

  @ParameterizedTest
  @ValueSource(strings = {"industry", "grade"})
  void aNulByteInAPoolFilter_is400(String filter) {
    as(TestUsers.LI)
        .queryParam(filter, "\u0000")
        .get("/api/v1/lead-pool")
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo(filter));
  }

  @Test
  void aNulByteInAUserFilter_is400() {
    as(TestUsers.ADMIN)
        .queryParam("team", "east\u0000")
        .get("/api/v1/users")
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("team"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"CREATED_AT,true", "UPDATED_AT,false", "RELEVANCE,true"})
  void aTamperedCustomerCursor_is422(String order) {
    String sort =
        switch (order) {
          case "CREATED_AT,true" -> "-createdAt";
          case "UPDATED_AT,false" -> "updatedAt";
          default -> "-relevance";
        };
    String tampered =
        Base64.getUrlEncoder()
            .withoutPadding()
            .encodeToString(
                (order + "|" + UUID.randomUUID() + "|not-a-value")
                    .getBytes(StandardCharsets.UTF_8));
    var request = as(TestUsers.ADMIN).queryParam("sort", sort).queryParam("cursor", tampered);
    if (sort.equals("-relevance")) {
      request = request.queryParam("q", "科技");
    }
    request
        .get("/api/v1/customers")
        .then()
        .statusCode(422)
        .body("code", equalTo("page.cursor-invalid"));
  }

  @Test
  void aCursorWithANulByte_is422() {
    String tampered =
        Base64.getUrlEncoder()
            .withoutPadding()
            .encodeToString(
                ("NAME,false|" + UUID.randomUUID() + "|a\u0000b").getBytes(StandardCharsets.UTF_8));
    as(TestUsers.ADMIN)
        .queryParam("cursor", tampered)
        .get("/api/v1/customers")
        .then()
        .statusCode(422)
        .body("code", equalTo("page.cursor-invalid"));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "{\"type\":\"CALL\",\"content\":\"x\",\"occurredAt\":\"-999999999-01-01T00:00:00Z\"}",
        "{\"type\":\"CALL\",\"content\":\"x\",\"nextFollowUpOn\":\"+999999999-12-31\"}"
      })
  void aDateOutsideItsDocumentedRange_is422(String body) {
    String customer =
        org.opencrm.crm.support.Api.createCustomer(
            TestUsers.LI, org.opencrm.crm.support.Api.uniqueName("Dates Co"));
    as(TestUsers.LI)
        .body(body)
        .post("/api/v1/customers/{id}/follow-ups", customer)
        .then()
        .statusCode(422)
        .body("code", org.hamcrest.Matchers.startsWith("followup."));
  }

  @Test
  void aClientThatAcceptsOnlyProblemJson_isServed() {
    String customer =
        org.opencrm.crm.support.Api.createCustomer(
            TestUsers.LI, org.opencrm.crm.support.Api.uniqueName("Accept Co"));
    as(TestUsers.LI)
        .accept("application/problem+json")
        .get("/api/v1/customers/{id}", customer)
        .then()
        .statusCode(200)
        .body("id", equalTo(customer));
    as(TestUsers.LI)
        .accept("application/problem+json")
        .header("If-Match", "\"0\"")
        .delete("/api/v1/customers/{id}", customer)
        .then()
        .statusCode(204);
    as(TestUsers.LI)
        .accept("application/problem+json")
        .get("/api/v1/customers/{id}", customer)
        .then()
        .statusCode(404)
        .contentType("application/problem+json");
  }

  @Test
  void anOverlongQuery_is414_withAProblemBody() {
    as(TestUsers.LI)
        .queryParam("q", "x".repeat(9000))
        .get("/api/v1/customers")
        .then()
        .statusCode(414)
        .contentType("application/problem+json")
        .body("code", equalTo("http.uri-too-long"));
  }

  @Test
  void aBodyOverTheLimit_is413_withAProblemBody() {
    as(TestUsers.LI)
        .contentType("application/json")
        .body("{\"name\":\"" + "x".repeat(1_100_000) + "\"}")
        .post("/api/v1/customers")
        .then()
        .statusCode(413)
        .contentType("application/problem+json")
        .body("code", equalTo("http.content-too-large"));
  }
}
