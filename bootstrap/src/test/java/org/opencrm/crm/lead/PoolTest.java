package org.opencrm.crm.lead;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.opencrm.crm.support.Api.as;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.opencrm.crm.support.Concurrently;
import org.opencrm.crm.support.CrmTestResources;
import org.opencrm.crm.support.Leads;
import org.opencrm.crm.support.TestUsers;

/** The pool (公海) over HTTP: listing, claim, release, assign, and the races between reps. */
@QuarkusTest
@WithTestResource(CrmTestResources.class)
class PoolTest {

  @Test
  void thePool_listsPooledLeadsMasked_newestFirst() {
    String older = Leads.pooled();
    String newer = Leads.pooled();
    List<String> ids =
        as(TestUsers.ZHANG)
            .get("/api/v1/lead-pool?limit=200")
            .then()
            .statusCode(200)
            .body("items[0].masked", equalTo(true))
            .body("items[0].phones[0]", matchesPattern("\\+86139\\*{4}\\d{4}"))
            .extract()
            .path("items.id");
    assertThat(ids).containsSubsequence(newer, older);
    as(TestUsers.LI)
        .get("/api/v1/lead-pool?limit=1")
        .then()
        .statusCode(200)
        .body("nextCursor", notNullValue());
  }

  @Test
  void claim_makesTheLeadTheReps_andUnmasksIt() {
    String id = Leads.pooled();
    Leads.claim(TestUsers.ZHANG, id)
        .response()
        .then()
        .statusCode(200)
        .header("ETag", "\"1\"")
        .body("status", equalTo("OWNED"))
        .body("ownerId", equalTo("zhang.wei"))
        .body("team", equalTo("north"))
        .body("masked", equalTo(false))
        .body("phones[0]", matchesPattern("\\+86139\\d{8}"));
    Leads.claim(TestUsers.LI, id)
        .response()
        .then()
        .statusCode(409)
        .body("code", equalTo("lead.not-in-pool"));
    as(TestUsers.ZHANG)
        .get("/api/v1/leads/{id}/history", id)
        .then()
        .body("items[0].action", equalTo("CLAIMED"))
        .body("items[0].actor.id", equalTo("zhang.wei"));
  }

  @Test
  void twoRepsClaimingAtTheSameInstant_oneWins_theOtherGets409() throws Exception {
    for (int round = 0; round < 3; round++) {
      String id = Leads.pooled();
      List<TestUsers> reps = List.of(TestUsers.LI, TestUsers.HAN, TestUsers.ZHANG);
      reps.forEach(TestUsers::token);
      List<Integer> codes =
          Concurrently.statuses(reps.size(), i -> Leads.claim(reps.get(i), id).response());
      assertThat(codes).containsExactlyInAnyOrder(200, 409, 409);
      as(TestUsers.ADMIN)
          .get("/api/v1/leads/{id}/history", id)
          .then()
          .body("items.findAll { it.action == 'CLAIMED' }.size()", equalTo(1));
    }
  }

  @Test
  void release_needsAReason_returnsToThePool_andTheCooldownKeepsTheRepOff() {
    String id = Leads.pooled();
    Leads.claim(TestUsers.HAN, id).response().then().statusCode(200);
    as(TestUsers.HAN)
        .body(Map.of("reason", " "))
        .post("/api/v1/leads/{id}/release", id)
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("reason"));
    as(TestUsers.HAN)
        .header("If-Match", "\"0\"")
        .body(Map.of("reason", "not reachable"))
        .post("/api/v1/leads/{id}/release", id)
        .then()
        .statusCode(412);
    as(TestUsers.HAN)
        .body(Map.of("reason", "not reachable"))
        .post("/api/v1/leads/{id}/release", id)
        .then()
        .statusCode(200)
        .body("status", equalTo("POOL"))
        .body("ownerId", nullValue());
    Leads.claim(TestUsers.HAN, id)
        .response()
        .then()
        .statusCode(409)
        .body("code", equalTo("pool.reclaim-cooldown"));
    Leads.claim(TestUsers.LI, id).response().then().statusCode(200);
    as(TestUsers.LI)
        .get("/api/v1/leads/{id}/history", id)
        .then()
        .body("items[1].action", equalTo("RELEASED"))
        .body("items[1].reason", equalTo("not reachable"));
  }

  @Test
  void managers_assignWithinTheirTeam_adminsAnywhere_repsNever() {
    String id = Leads.pooled();
    as(TestUsers.LI)
        .body(Map.of("repId", "han.meimei"))
        .post("/api/v1/leads/{id}/assign", id)
        .then()
        .statusCode(403)
        .body("code", equalTo("lead.assign-not-allowed"));
    as(TestUsers.WANG)
        .body(Map.of("repId", "zhang.wei", "team", "north"))
        .post("/api/v1/leads/{id}/assign", id)
        .then()
        .statusCode(403)
        .body("code", equalTo("lead.assign-outside-team"));
    as(TestUsers.WANG)
        .body(Map.of("repId", "han.meimei"))
        .post("/api/v1/leads/{id}/assign", id)
        .then()
        .statusCode(200)
        .body("ownerId", equalTo("han.meimei"))
        .body("team", equalTo("east"));
    as(TestUsers.WANG)
        .body(Map.of("repId", "han.meimei"))
        .post("/api/v1/leads/{id}/assign", id)
        .then()
        .statusCode(409)
        .body("code", equalTo("lead.already-held-by-rep"));
    as(TestUsers.ADMIN)
        .body(Map.of("repId", "zhang.wei", "team", "north"))
        .post("/api/v1/leads/{id}/assign", id)
        .then()
        .statusCode(200)
        .body("ownerId", equalTo("zhang.wei"));
    // Now outside team east: its manager no longer sees it.
    as(TestUsers.WANG)
        .body(Map.of("repId", "li.lei"))
        .post("/api/v1/leads/{id}/assign", id)
        .then()
        .statusCode(404);
  }

  @Test
  void bulkAssign_isAllOrNothing() {
    String first = Leads.pooled();
    String second = Leads.pooled();
    String foreign = Leads.held(TestUsers.ZHANG);
    as(TestUsers.WANG)
        .body(Map.of("leadIds", List.of(first, second, foreign), "repId", "li.lei"))
        .post("/api/v1/leads/assignments")
        .then()
        .statusCode(404);
    as(TestUsers.ADMIN).get("/api/v1/leads/{id}", first).then().body("status", equalTo("POOL"));
    as(TestUsers.WANG)
        .body(Map.of("leadIds", List.of(first, second), "repId", "li.lei"))
        .post("/api/v1/leads/assignments")
        .then()
        .statusCode(200)
        .body("items.ownerId", equalTo(List.of("li.lei", "li.lei")));
    as(TestUsers.WANG)
        .body(Map.of("leadIds", List.of(), "repId", "li.lei"))
        .post("/api/v1/leads/assignments")
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("leadIds"));
  }

  @Test
  void disqualify_closesTheLeadWithItsReason() {
    String id = Leads.held(TestUsers.LI);
    as(TestUsers.LI)
        .body(Map.of("reason", "student, no budget"))
        .post("/api/v1/leads/{id}/disqualify", id)
        .then()
        .statusCode(200)
        .body("status", equalTo("DISQUALIFIED"))
        .body("closeReason", equalTo("student, no budget"));
    as(TestUsers.LI)
        .body(Map.of("reason", "again"))
        .post("/api/v1/leads/{id}/release", id)
        .then()
        .statusCode(409)
        .body("code", equalTo("lead.closed"));
    // A rep may not close pooled leads for everyone; a manager may.
    String pooled = Leads.pooled();
    as(TestUsers.LI)
        .body(Map.of("reason", "spam"))
        .post("/api/v1/leads/{id}/disqualify", pooled)
        .then()
        .statusCode(403)
        .body("code", equalTo("lead.claim-first"));
    as(TestUsers.WANG)
        .body(Map.of("reason", "spam"))
        .post("/api/v1/leads/{id}/disqualify", pooled)
        .then()
        .statusCode(200);
  }
}
