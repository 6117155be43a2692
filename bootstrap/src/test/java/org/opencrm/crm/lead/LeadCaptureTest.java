package org.opencrm.crm.lead;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.nullValue;
import static org.opencrm.crm.support.Api.as;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.opencrm.crm.support.Api;
import org.opencrm.crm.support.CrmTestResources;
import org.opencrm.crm.support.Leads;
import org.opencrm.crm.support.TestUsers;

/** Capturing leads over HTTP: who holds them, what is refused, what others may see. */
@QuarkusTest
@WithTestResource(CrmTestResources.class)
class LeadCaptureTest {

  @Test
  void aRepsLead_isHeldByTheRep_withNormalisedContactData() {
    var created =
        Leads.capture(
            TestUsers.LI,
            Leads.body("phones", List.of("139 1234 5678"), "email", "Wang.XM@Example.COM"));
    assertThat(created.header("Location")).endsWith("/api/v1/leads/" + created.path("id"));
    assertThat(created.header("ETag")).isEqualTo("\"0\"");
    assertThat((String) created.path("status")).isEqualTo("OWNED");
    assertThat((String) created.path("ownerId")).isEqualTo("li.lei");
    assertThat((String) created.path("team")).isEqualTo("east");
    assertThat((List<String>) created.path("phones")).containsExactly("+8613912345678");
    assertThat((String) created.path("email")).isEqualTo("wang.xm@example.com");
    assertThat((Boolean) created.path("masked")).isFalse();
  }

  @Test
  void toPool_putsTheLeadInThePool_andAWebFormsLeadAlwaysGoesThere() {
    var pooled = Leads.capture(TestUsers.LI, Leads.body("toPool", true));
    assertThat((String) pooled.path("status")).isEqualTo("POOL");
    assertThat((String) pooled.path("ownerId")).isNull();
    var fromForm = Leads.capture(TestUsers.WEBFORM, Leads.body());
    assertThat((String) fromForm.path("status")).isEqualTo("POOL");
  }

  @Test
  void aPooledLead_isReadableByAnyRep_butMasked() {
    String phone = Leads.uniquePhone();
    String id = Leads.capture(TestUsers.WEBFORM, Leads.body("phones", List.of(phone))).path("id");
    as(TestUsers.ZHANG)
        .get("/api/v1/leads/{id}", id)
        .then()
        .statusCode(200)
        .body("masked", equalTo(true))
        .body("phones[0]", matchesPattern("\\+86139\\*{4}\\d{4}"))
        .body("email", matchesPattern("l\\*\\*\\*@example.com"));
    as(TestUsers.ADMIN).get("/api/v1/leads/{id}", id).then().body("masked", equalTo(false));
    // Earlier holders and contact data in the history are not for pool browsers.
    as(TestUsers.ZHANG).get("/api/v1/leads/{id}/history", id).then().statusCode(404);
  }

  @Test
  void anotherRepsLead_isInvisible() {
    String id = Leads.held(TestUsers.LI);
    as(TestUsers.HAN).get("/api/v1/leads/{id}", id).then().statusCode(404);
    as(TestUsers.ZHANG).get("/api/v1/leads/{id}/pool-status", id).then().statusCode(404);
    as(TestUsers.WANG).get("/api/v1/leads/{id}", id).then().statusCode(200);
    as(TestUsers.ZHOU).get("/api/v1/leads/{id}", id).then().statusCode(404);
    as(TestUsers.HAN)
        .body(Map.of("reason", "mine"))
        .post("/api/v1/leads/{id}/release", id)
        .then()
        .statusCode(404)
        .body("code", equalTo("record.not-found"));
  }

  @Test
  void lists_showTheCallersLeadsOnly() {
    String lis = Leads.held(TestUsers.LI);
    String hans = Leads.held(TestUsers.HAN);
    String pooled = Leads.pooled();
    List<String> liSees =
        as(TestUsers.LI)
            .get("/api/v1/leads?limit=200")
            .then()
            .statusCode(200)
            .extract()
            .path("items.id");
    assertThat(liSees).contains(lis).doesNotContain(hans, pooled);
    List<String> managerSees =
        as(TestUsers.WANG).get("/api/v1/leads?limit=200").then().extract().path("items.id");
    assertThat(managerSees).contains(lis, hans).doesNotContain(pooled);
    List<String> otherTeamSees =
        as(TestUsers.ZHOU).get("/api/v1/leads?limit=200").then().extract().path("items.id");
    assertThat(otherTeamSees).doesNotContain(lis, hans, pooled);
    List<String> liSeesInPool =
        as(TestUsers.LI)
            .get("/api/v1/leads?status=POOL&limit=200")
            .then()
            .extract()
            .path("items.id");
    assertThat(liSeesInPool).contains(pooled).doesNotContain(lis, hans);
    as(TestUsers.LI)
        .get("/api/v1/leads?status=SOLD")
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("status"));
  }

  @Test
  void badInput_isRefusedWithFieldErrors_andNothingIsWritten() {
    as(TestUsers.LI)
        .body(Map.of("title", "CTO"))
        .post("/api/v1/leads")
        .then()
        .statusCode(422)
        .body("code", equalTo("lead.nameless"));
    as(TestUsers.LI)
        .body(Leads.body("phones", List.of(Leads.uniquePhone(), "12345")))
        .post("/api/v1/leads")
        .then()
        .statusCode(422)
        .body("code", equalTo("phone.invalid"))
        .body("errors[0].field", equalTo("phones[1]"));
    as(TestUsers.LI)
        .body(Leads.body("sourceChannel", "TELEPATHY"))
        .post("/api/v1/leads")
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("sourceChannel"));
    as(TestUsers.LI)
        .body(Leads.body("unifiedSocialCreditCode", "91330106MA2B2C3D4Y"))
        .post("/api/v1/leads")
        .then()
        .statusCode(422)
        .body("code", equalTo("credit-code.invalid"));
    as(TestUsers.LI)
        .body("{\"personName\": ")
        .post("/api/v1/leads")
        .then()
        .statusCode(400)
        .body("code", equalTo("request.invalid"));
  }

  @Test
  void rolesWithoutLeadWork_areRefused() {
    as(TestUsers.ZHAO)
        .body(Leads.body())
        .post("/api/v1/leads")
        .then()
        .statusCode(403)
        .body("code", equalTo("lead.not-allowed"));
    as(TestUsers.CHEN).get("/api/v1/lead-pool").then().statusCode(403);
    as(TestUsers.WEBFORM).get("/api/v1/leads").then().statusCode(403);
    given().header("Authorization", "Bearer nonsense").get("/api/v1/leads").then().statusCode(401);
  }

  @Test
  void anIdempotentRetry_capturesOnce() {
    String key = UUID.randomUUID().toString();
    Map<String, Object> body = Leads.body();
    String first =
        as(TestUsers.LI)
            .header("Idempotency-Key", key)
            .body(body)
            .post("/api/v1/leads")
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    // Without the key the retry would be refused as a duplicate of itself; with it, it is the
    // first answer again.
    as(TestUsers.LI)
        .header("Idempotency-Key", key)
        .body(body)
        .post("/api/v1/leads")
        .then()
        .statusCode(201)
        .body("id", equalTo(first));
  }

  @Test
  void aChangeOfContactData_isChecked_andRecorded() {
    var lead = Leads.capture(TestUsers.LI, Leads.body());
    String id = lead.path("id");
    String taken = Leads.uniquePhone();
    Leads.capture(TestUsers.HAN, Leads.body("phones", List.of(taken)));
    as(TestUsers.LI)
        .contentType(Api.MERGE_PATCH)
        .header("If-Match", "\"0\"")
        .body(Map.of("phones", List.of(taken)))
        .patch("/api/v1/leads/{id}", id)
        .then()
        .statusCode(409)
        .body("code", equalTo("duplicate.exact-match"))
        .body("duplicates[0].disclosure", equalTo("OWNED_BY_COLLEAGUE"))
        .body("duplicates[0].ownerId", nullValue());
    as(TestUsers.LI)
        .contentType(Api.MERGE_PATCH)
        .header("If-Match", "\"0\"")
        .body(Map.of("title", "采购总监", "notes", "met at the fair"))
        .patch("/api/v1/leads/{id}", id)
        .then()
        .statusCode(200)
        .header("ETag", "\"1\"")
        .body("title", equalTo("采购总监"));
    as(TestUsers.LI)
        .contentType(Api.MERGE_PATCH)
        .header("If-Match", "\"0\"")
        .body(Map.of("title", "stale"))
        .patch("/api/v1/leads/{id}", id)
        .then()
        .statusCode(412);
    as(TestUsers.LI)
        .contentType(Api.MERGE_PATCH)
        .body(Map.of("title", "no version"))
        .patch("/api/v1/leads/{id}", id)
        .then()
        .statusCode(428);
    as(TestUsers.LI)
        .get("/api/v1/leads/{id}/history", id)
        .then()
        .statusCode(200)
        .body("items[0].action", equalTo("UPDATED"))
        .body("items[0].changes.field", hasItem("title"))
        .body("items[1].action", equalTo("CAPTURED"));
  }
}
