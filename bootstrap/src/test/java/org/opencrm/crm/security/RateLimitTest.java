package org.opencrm.crm.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.opencrm.crm.support.Api.as;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.opencrm.crm.support.CrmTestResources;
import org.opencrm.crm.support.TestUsers;

/**
 * Per-client quotas (the probe client has 4 requests and 5 duplicate-check candidates a minute in
 * the tests): beyond them, 429 rate.limited with Retry-After and the RateLimit header fields.
 */
@QuarkusTest
@WithTestResource(CrmTestResources.class)
class RateLimitTest {

  @Test
  void aClientOverItsRequestQuota_gets429_withWhenToRetry() {
    // Called until refused: a quota of 4 a minute refuses within a few calls however slow the
    // machine (a refill may fall between two calls, so no fixed count is asserted).
    Response refused = null;
    for (int i = 0; i < 100 && refused == null; i++) {
      Response answer = as(TestUsers.PROBE).get("/api/v1/users/me");
      if (answer.statusCode() == 429) {
        refused = answer;
      }
    }

    assertThat(refused).as("a 429 within 100 calls").isNotNull();
    refused
        .then()
        .contentType("application/problem+json")
        .body("code", equalTo("rate.limited"))
        .header("RateLimit-Limit", "4")
        .header("RateLimit-Remaining", "0");
    assertThat(Integer.parseInt(refused.header("Retry-After"))).isBetween(1, 61);
    assertThat(Integer.parseInt(refused.header("RateLimit-Reset"))).isBetween(1, 61);
    // Other clients are not affected.
    as(TestUsers.WEBFORM).get("/api/v1/users/me").then().statusCode(200);
  }

  @Test
  void aDuplicateCheckBeyondTheCandidateQuota_is429_beforeAnyDatabaseWork() {
    List<Map<String, Object>> candidates = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      candidates.add(Map.of("company", "测试公司" + i));
    }
    as(TestUsers.WEBFORM)
        .body(Map.of("candidates", candidates))
        .post("/api/v1/duplicate-checks")
        .then()
        .statusCode(200);
    Response refused =
        as(TestUsers.PROBE).body(Map.of("candidates", candidates)).post("/api/v1/duplicate-checks");
    // The probe may have used its request quota in the other test: either limit answers 429.
    refused.then().statusCode(429).body("code", equalTo("rate.limited"));
  }
}
