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
    List<Response> answers = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      answers.add(as(TestUsers.PROBE).get("/api/v1/users/me"));
    }

    Response refused =
        answers.stream().filter(r -> r.statusCode() == 429).findFirst().orElseThrow();
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
