package org.opencrm.crm.lead;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.opencrm.crm.support.Api.as;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.opencrm.crm.bootstrap.jobs.PoolSweep;
import org.opencrm.crm.domain.lead.PoolPolicy;
import org.opencrm.crm.domain.lead.ReturnForecast;
import org.opencrm.crm.support.CrmTestResources;
import org.opencrm.crm.support.Leads;
import org.opencrm.crm.support.TestDatabase;
import org.opencrm.crm.support.TestUsers;

/**
 * The pool policy over HTTP: who sets it, the limits it enforces, what it forecasts and simulates,
 * and the auto-return sweep. Deadlines are made to pass by moving leads back in time in the
 * database. Each test restores the policy it found.
 */
@QuarkusTest
@WithTestResource(CrmTestResources.class)
class PoolPolicyTest {

  @Inject PoolSweep sweep;

  private Map<String, Object> original;

  @BeforeEach
  void rememberPolicy() {
    original = as(TestUsers.ADMIN).get("/api/v1/pool-policy").then().extract().as(Map.class);
  }

  @AfterEach
  void restorePolicy() {
    Map<String, Object> body = new HashMap<>(original);
    body.keySet().removeAll(List.of("version", "updatedAt", "updatedBy"));
    setPolicy(body);
  }

  private static Map<String, Object> setPolicy(Map<String, Object> policy) {
    String etag = as(TestUsers.ADMIN).get("/api/v1/pool-policy").then().extract().header("ETag");
    return as(TestUsers.ADMIN)
        .header("If-Match", etag)
        .body(policy)
        .put("/api/v1/pool-policy")
        .then()
        .statusCode(200)
        .extract()
        .as(Map.class);
  }

  @Test
  void onlyAdmins_setThePolicy_withTheVersionTheyRead() {
    var current = as(TestUsers.LI).get("/api/v1/pool-policy").then().statusCode(200).extract();
    String etag = current.header("ETag");
    Map<String, Object> policy = Map.of("maxHeldLeads", 300, "followUpDeadlineDays", 20);
    as(TestUsers.WANG)
        .header("If-Match", etag)
        .body(policy)
        .put("/api/v1/pool-policy")
        .then()
        .statusCode(403)
        .body("code", equalTo("pool.policy-admin-only"));
    as(TestUsers.ADMIN).body(policy).put("/api/v1/pool-policy").then().statusCode(428);
    as(TestUsers.ADMIN)
        .header("If-Match", "\"999\"")
        .body(policy)
        .put("/api/v1/pool-policy")
        .then()
        .statusCode(412);
    as(TestUsers.ADMIN)
        .header("If-Match", etag)
        .body(Map.of("maxHeldLeads", 0))
        .put("/api/v1/pool-policy")
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("maxHeldLeads"));
    as(TestUsers.ADMIN)
        .header("If-Match", etag)
        .body(policy)
        .put("/api/v1/pool-policy")
        .then()
        .statusCode(200)
        .body("maxHeldLeads", equalTo(300))
        .body("maxClaimsPerDay", equalTo(null))
        .body("updatedBy", equalTo("admin"));
  }

  @Test
  void theHoldAndDailyLimits_refuseClaims_namingTheirRule() {
    long held =
        TestDatabase.count(
            "SELECT count(*) FROM lead WHERE owner_id = 'sun.li' AND status = 'OWNED'");
    setPolicy(Map.of("maxHeldLeads", (int) held + 1));
    String first = Leads.pooled();
    Leads.claim(TestUsers.SUN, first).response().then().statusCode(200);
    Leads.claim(TestUsers.SUN, Leads.pooled())
        .response()
        .then()
        .statusCode(409)
        .body("code", equalTo("pool.hold-limit-reached"));
    // Assigning is bound by the hold limit too.
    as(TestUsers.ADMIN)
        .body(Map.of("repId", "sun.li", "team", "north"))
        .post("/api/v1/leads/{id}/assign", Leads.pooled())
        .then()
        .statusCode(409)
        .body("code", equalTo("pool.hold-limit-reached"));

    long claimedToday =
        TestDatabase.count(
            "SELECT count(*) FROM lead_ownership WHERE rep_id = 'sun.li' AND change = 'CLAIMED'"
                + " AND occurred_at > now() - interval '1 hour'");
    setPolicy(Map.of("maxClaimsPerDay", (int) claimedToday + 1));
    Leads.claim(TestUsers.SUN, Leads.pooled()).response().then().statusCode(200);
    Leads.claim(TestUsers.SUN, Leads.pooled())
        .response()
        .then()
        .statusCode(409)
        .body("code", equalTo("pool.daily-claim-limit-reached"));
  }

  @Test
  void poolStatus_explainsWhichRuleReturnsTheLeadWhen() {
    setPolicy(Map.of("followUpDeadlineDays", 10, "conversionDeadlineDays", 30));
    String id = Leads.held(TestUsers.LI);
    as(TestUsers.LI)
        .get("/api/v1/leads/{id}/pool-status", id)
        .then()
        .statusCode(200)
        .body("status", equalTo("OWNED"))
        .body("rule", equalTo("NO_FOLLOW_UP"))
        .body("explanation", containsString("10 days"));
    TestDatabase.execute(
        "UPDATE lead SET held_since = now() - interval '25 days',"
            + " last_follow_up_at = now() - interval '1 day' WHERE id = ?",
        UUID.fromString(id));
    as(TestUsers.LI)
        .get("/api/v1/leads/{id}/pool-status", id)
        .then()
        .body("rule", equalTo("NO_CONVERSION"))
        .body("explanation", containsString("30 days"));
    setPolicy(Map.of());
    as(TestUsers.LI)
        .get("/api/v1/leads/{id}/pool-status", id)
        .then()
        .body("rule", equalTo(null))
        .body("explanation", containsString("no follow-up or conversion deadline"));
    as(TestUsers.LI)
        .get("/api/v1/leads/{id}/pool-status", Leads.pooled())
        .then()
        .body("explanation", containsString("in the pool"));
  }

  @Test
  void theSweep_returnsOverdueLeads_warnsOwnersADayAhead_andExplainsWhy() {
    setPolicy(
        Map.of("followUpDeadlineDays", 10, "conversionDeadlineDays", 60, "reclaimCooldownDays", 3));
    String overdue = Leads.held(TestUsers.SUN);
    String dueSoon = Leads.held(TestUsers.SUN);
    String followedUp = Leads.held(TestUsers.SUN);
    String convertsSoon = Leads.held(TestUsers.SUN);
    back(overdue, "held_since = now() - interval '11 days'");
    back(dueSoon, "held_since = now() - interval '9 days 12 hours'");
    back(
        followedUp,
        "held_since = now() - interval '20 days', last_follow_up_at = now() - interval '2 days'");
    // Followed up yesterday, but its 60 days to convert end in 12 hours.
    back(
        convertsSoon,
        "held_since = now() - interval '59 days 12 hours', last_follow_up_at = now() - interval '1 day'");

    as(TestUsers.SUN)
        .get("/api/v1/leads/{id}/pool-status", overdue)
        .then()
        .body("explanation", containsString("the deadline has passed"));
    Map<String, Object> simulation =
        as(TestUsers.ZHOU)
            .body(Map.of("followUpDeadlineDays", 10, "conversionDeadlineDays", 60))
            .post("/api/v1/pool-policy/simulate")
            .then()
            .statusCode(200)
            .extract()
            .as(Map.class);
    Map<String, Object> sun = ownerEntry(simulation, "sun.li");
    assertThat(sun.get("returnedNow")).isEqualTo(1);
    // Due within the week: dueSoon and convertsSoon.
    assertThat(((List<Integer>) sun.get("perDay")).stream().mapToInt(Integer::intValue).sum())
        .isEqualTo(2);
    assertThat((List<?>) simulation.get("days")).hasSize(7);
    as(TestUsers.LI)
        .body(Map.of("followUpDeadlineDays", 10))
        .post("/api/v1/pool-policy/simulate")
        .then()
        .statusCode(403);

    PoolSweep.Result result = sweep.sweep();
    assertThat(result.returned()).isGreaterThanOrEqualTo(1);
    as(TestUsers.ADMIN).get("/api/v1/leads/{id}", overdue).then().body("status", equalTo("POOL"));
    as(TestUsers.ADMIN)
        .get("/api/v1/leads/{id}/history", overdue)
        .then()
        .body("items[0].action", equalTo("RETURNED_TO_POOL"))
        .body("items[0].actor.kind", equalTo("SYSTEM"))
        .body("items[0].reason", containsString("No follow-up within 10 days"));
    for (String held : List.of(dueSoon, followedUp, convertsSoon)) {
      as(TestUsers.SUN).get("/api/v1/leads/{id}", held).then().body("status", equalTo("OWNED"));
    }
    assertThat(reminders(dueSoon)).isEqualTo(1);
    assertThat(reminders(convertsSoon)).isEqualTo(1);
    assertThat(reminders(followedUp)).isZero();

    sweep.sweep();
    assertThat(reminders(dueSoon)).isEqualTo(1);
    assertThat(returns(overdue)).isEqualTo(1);
    Leads.claim(TestUsers.SUN, overdue)
        .response()
        .then()
        .statusCode(409)
        .body("code", equalTo("pool.reclaim-cooldown"));
  }

  @Test
  void sweepsRunningAtOnce_returnEachLeadExactlyOnce() throws Exception {
    setPolicy(Map.of("followUpDeadlineDays", 5));
    List<String> overdue = new ArrayList<>();
    for (int i = 0; i < 30; i++) {
      String id = Leads.held(TestUsers.HAN);
      back(id, "held_since = now() - interval '6 days'");
      overdue.add(id);
    }
    var first = CompletableFuture.supplyAsync(sweep::sweep);
    var second = CompletableFuture.supplyAsync(sweep::sweep);
    int returned = first.get().returned() + second.get().returned();
    assertThat(returned).isGreaterThanOrEqualTo(30);
    for (String id : overdue) {
      assertThat(returns(id)).as("returns of %s", id).isEqualTo(1);
    }
  }

  /**
   * The simulation counts in SQL what the domain's ReturnForecast decides lead by lead: on random
   * leads, the domain rule is the oracle for the SQL.
   */
  @Test
  void theSimulation_agreesWithTheDomainForecast_onRandomLeads() {
    String owner = "oracle-" + UUID.randomUUID().toString().substring(0, 8);
    TestDatabase.execute(
        "INSERT INTO lead (id, person_name, source, status, owner_id, team, held_since,"
            + " last_follow_up_at, created_at, updated_at, version)"
            + " SELECT gen_random_uuid(), 'Oracle', 'OTHER', 'OWNED', ?, 'oracle', h,"
            + " CASE WHEN random() < 0.6 THEN h + random() * (now() - h) END, h, h, 0"
            + " FROM (SELECT now() - random() * interval '25 days' AS h"
            + " FROM generate_series(1, 80)) held",
        owner);
    PoolPolicy policy = new PoolPolicy(null, null, 7, 20, null);
    Map<String, Object> simulation =
        as(TestUsers.ADMIN)
            .body(Map.of("followUpDeadlineDays", 7, "conversionDeadlineDays", 20))
            .post("/api/v1/pool-policy/simulate")
            .then()
            .statusCode(200)
            .extract()
            .as(Map.class);

    Instant now = Instant.now();
    ZoneId zone = ZoneId.of("Asia/Shanghai");
    LocalDate today = LocalDate.ofInstant(now, zone);
    int expectedNow = 0;
    int[] expectedPerDay = new int[7];
    for (Object[] row :
        TestDatabase.rows(
            "SELECT held_since, last_follow_up_at FROM lead WHERE owner_id = ?", owner)) {
      Instant heldSince = ((java.sql.Timestamp) row[0]).toInstant();
      Instant followedUp = row[1] == null ? null : ((java.sql.Timestamp) row[1]).toInstant();
      Instant due = ReturnForecast.of(heldSince, followedUp, policy).orElseThrow().returnsAt();
      if (!due.isAfter(now)) {
        expectedNow++;
      } else {
        long day = ChronoUnit.DAYS.between(today, LocalDate.ofInstant(due, zone));
        if (day < 7) {
          expectedPerDay[(int) day]++;
        }
      }
    }
    Map<String, Object> actual = ownerEntry(simulation, owner);
    assertThat(actual.get("returnedNow")).isEqualTo(expectedNow);
    assertThat((List<Integer>) actual.get("perDay"))
        .containsExactly(java.util.Arrays.stream(expectedPerDay).boxed().toArray(Integer[]::new));
  }

  private static void back(String leadId, String assignments) {
    TestDatabase.execute(
        "UPDATE lead SET " + assignments + " WHERE id = ?", UUID.fromString(leadId));
  }

  private static long reminders(String leadId) {
    return TestDatabase.count(
        "SELECT count(*) FROM reminder WHERE subject_id = ? AND kind = 'LEAD_RETURNS_TO_POOL'",
        UUID.fromString(leadId));
  }

  private static long returns(String leadId) {
    return TestDatabase.count(
        "SELECT count(*) FROM change_history WHERE aggregate_id = ? AND action = 'RETURNED_TO_POOL'",
        UUID.fromString(leadId));
  }

  private static Map<String, Object> ownerEntry(Map<String, Object> simulation, String owner) {
    return ((List<Map<String, Object>>) simulation.get("owners"))
        .stream().filter(entry -> owner.equals(entry.get("ownerId"))).findFirst().orElseThrow();
  }
}
