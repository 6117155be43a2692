package org.opencrm.crm.customer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.opencrm.crm.support.Api.as;
import static org.opencrm.crm.support.Api.uniqueName;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.opencrm.crm.support.CrmTestResources;
import org.opencrm.crm.support.TestUsers;

/**
 * A retried POST with the same Idempotency-Key returns the first answer and creates nothing twice.
 */
@QuarkusTest
@WithTestResource(CrmTestResources.class)
class IdempotencyTest {

  @Test
  void retry_returnsTheFirstResponse_andCreatesOneCustomer() {
    String key = UUID.randomUUID().toString();
    String tag = "idem-" + key.substring(0, 8);
    Map<String, Object> body = Map.of("name", uniqueName("Retry Ltd"), "tags", List.of(tag));

    var first =
        as(TestUsers.LI)
            .header("Idempotency-Key", key)
            .body(body)
            .post("/api/v1/customers")
            .then()
            .statusCode(201)
            .extract();
    var retry =
        as(TestUsers.LI)
            .header("Idempotency-Key", key)
            .body(body)
            .post("/api/v1/customers")
            .then()
            .statusCode(201)
            .extract();

    assertThat(retry.body().asString()).isEqualTo(first.body().asString());
    assertThat(retry.header("Location")).isEqualTo(first.header("Location"));
    assertThat(retry.header("ETag")).isEqualTo(first.header("ETag"));
    List<String> ids =
        as(TestUsers.LI).get("/api/v1/customers?tag=" + tag).then().extract().path("items.id");
    assertThat(ids).containsExactly(first.<String>path("id"));
  }

  @Test
  void sameKeyWithAnotherBody_is422() {
    String key = UUID.randomUUID().toString();
    as(TestUsers.LI)
        .header("Idempotency-Key", key)
        .body(Map.of("name", uniqueName("One")))
        .post("/api/v1/customers")
        .then()
        .statusCode(201);

    as(TestUsers.LI)
        .header("Idempotency-Key", key)
        .body(Map.of("name", uniqueName("Two")))
        .post("/api/v1/customers")
        .then()
        .statusCode(422)
        .body("code", equalTo("idempotency.key-reused"));
  }

  @Test
  void keysBelongToTheirCaller() {
    String key = UUID.randomUUID().toString();
    Map<String, Object> body = Map.of("name", uniqueName("Shared key"));
    String mine =
        as(TestUsers.LI)
            .header("Idempotency-Key", key)
            .body(body)
            .post("/api/v1/customers")
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    String theirs =
        as(TestUsers.HAN)
            .header("Idempotency-Key", key)
            .body(body)
            .post("/api/v1/customers")
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    assertThat(theirs).isNotEqualTo(mine);
  }

  @Test
  void failedRequest_isNotRemembered() {
    String key = UUID.randomUUID().toString();
    as(TestUsers.LI)
        .header("Idempotency-Key", key)
        .body(Map.of("name", "Bad", "unifiedSocialCreditCode", "123"))
        .post("/api/v1/customers")
        .then()
        .statusCode(422);
    as(TestUsers.LI)
        .header("Idempotency-Key", key)
        .body(Map.of("name", uniqueName("Good")))
        .post("/api/v1/customers")
        .then()
        .statusCode(201);
  }

  @Test
  void malformedKey_is400() {
    as(TestUsers.LI)
        .header("Idempotency-Key", "x".repeat(201))
        .body(Map.of("name", "Acme"))
        .post("/api/v1/customers")
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("Idempotency-Key"));
  }

  @org.junit.jupiter.params.ParameterizedTest
  @org.junit.jupiter.params.provider.ValueSource(strings = {"leads", "customers"})
  void aRetriedFollowUp_isLoggedOnce(String collection) {
    String record =
        collection.equals("leads")
            ? org.opencrm.crm.support.Leads.held(TestUsers.LI)
            : org.opencrm.crm.support.Api.createCustomer(TestUsers.LI, uniqueName("Follow Co"));
    String key = UUID.randomUUID().toString();
    Map<String, Object> body = Map.of("type", "CALL", "content", "Asked for a quote");
    String first =
        as(TestUsers.LI)
            .header("Idempotency-Key", key)
            .body(body)
            .post("/api/v1/" + collection + "/{id}/follow-ups", record)
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    String retry =
        as(TestUsers.LI)
            .header("Idempotency-Key", key)
            .body(body)
            .post("/api/v1/" + collection + "/{id}/follow-ups", record)
            .then()
            .statusCode(201)
            .extract()
            .path("id");

    assertThat(retry).isEqualTo(first);
    List<String> logged =
        as(TestUsers.LI)
            .get("/api/v1/" + collection + "/{id}/follow-ups", record)
            .then()
            .extract()
            .path("items.id");
    assertThat(logged).containsExactly(first);
  }

  @Test
  void aRetriedRegistration_registersOnce() {
    String id = "retry." + UUID.randomUUID().toString().substring(0, 8);
    Map<String, Object> body =
        Map.of("id", id, "displayName", "重试", "team", "east", "roles", List.of("sales"));
    String key = UUID.randomUUID().toString();
    for (int attempt = 0; attempt < 2; attempt++) {
      as(TestUsers.ADMIN)
          .header("Idempotency-Key", key)
          .body(body)
          .post("/api/v1/users")
          .then()
          .statusCode(201)
          .body("id", org.hamcrest.Matchers.equalTo(id));
    }
  }
}
