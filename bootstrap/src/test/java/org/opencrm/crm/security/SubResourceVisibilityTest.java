package org.opencrm.crm.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.opencrm.crm.support.Api.as;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.opencrm.crm.support.Api;
import org.opencrm.crm.support.CrmTestResources;
import org.opencrm.crm.support.Leads;
import org.opencrm.crm.support.TestUsers;

/**
 * A record's sub-resources follow the record's own visibility, for every role and team: whoever
 * gets 404 for the record gets 404 for each sub-resource; whoever sees a lead masked (the pool)
 * sees its score and pool status but neither its follow-ups nor its history, which hold contact
 * data; whoever sees it whole sees everything. And every answer that carries a pooled lead is
 * masked, whatever the operation.
 */
@QuarkusTest
@WithTestResource(CrmTestResources.class)
class SubResourceVisibilityTest {

  private static final List<String> LEAD_DETAILS = List.of("follow-ups", "history");
  private static final List<String> LEAD_SUMMARIES = List.of("score", "pool-status");
  private static final List<String> CUSTOMER_PARTS = List.of("contacts", "follow-ups", "history");

  private enum Sight {
    NONE,
    MASKED,
    WHOLE
  }

  @Test
  void everySubResourceOfALead_agreesWithTheLead_forEveryRoleAndTeam() {
    String held = Leads.held(TestUsers.LI);
    logFollowUp(TestUsers.LI, "leads", held);
    String pooled = Leads.pooled();

    Map<String, Map<TestUsers, Sight>> seen = new LinkedHashMap<>();
    seen.put(held, new LinkedHashMap<>());
    seen.put(pooled, new LinkedHashMap<>());
    for (TestUsers user : TestUsers.everyoneWithRoomToCall()) {
      for (String lead : List.of(held, pooled)) {
        Sight sight = leadSight(user, lead);
        seen.get(lead).put(user, sight);
        for (String part : LEAD_DETAILS) {
          int status = as(user).get("/api/v1/leads/{id}/" + part, lead).statusCode();
          assertThat(status)
              .as("%s of %s lead for %s, who sees the lead %s", part, lead, user, sight)
              .isEqualTo(sight == Sight.WHOLE ? 200 : expectedHidden(user));
        }
        for (String part : LEAD_SUMMARIES) {
          int status = as(user).get("/api/v1/leads/{id}/" + part, lead).statusCode();
          assertThat(status)
              .as("%s of %s lead for %s, who sees the lead %s", part, lead, user, sight)
              .isEqualTo(sight == Sight.NONE ? expectedHidden(user) : 200);
        }
      }
    }
    // The walk covered every kind of sight, so the agreement above means something.
    assertThat(seen.get(held))
        .containsEntry(TestUsers.LI, Sight.WHOLE)
        .containsEntry(TestUsers.WANG, Sight.WHOLE)
        .containsEntry(TestUsers.ADMIN, Sight.WHOLE)
        .containsEntry(TestUsers.HAN, Sight.NONE)
        .containsEntry(TestUsers.ZHANG, Sight.NONE)
        .containsEntry(TestUsers.ZHOU, Sight.NONE);
    assertThat(seen.get(pooled))
        .containsEntry(TestUsers.LI, Sight.MASKED)
        .containsEntry(TestUsers.ZHOU, Sight.MASKED)
        .containsEntry(TestUsers.ADMIN, Sight.WHOLE);
  }

  @Test
  void everySubResourceOfACustomer_agreesWithTheCustomer_forEveryRoleAndTeam() {
    String customer = Api.createCustomer(TestUsers.LI, Api.uniqueName("Visibility Co"));
    logFollowUp(TestUsers.LI, "customers", customer);
    for (TestUsers user : TestUsers.everyoneWithRoomToCall()) {
      int record = as(user).get("/api/v1/customers/{id}", customer).statusCode();
      for (String part : CUSTOMER_PARTS) {
        int status = as(user).get("/api/v1/customers/{id}/" + part, customer).statusCode();
        assertThat(status)
            .as("%s of the customer for %s, who gets %d for the customer", part, user, record)
            .isEqualTo(record);
      }
    }
    assertThat(as(TestUsers.HAN).get("/api/v1/customers/{id}", customer).statusCode())
        .isEqualTo(404);
    assertThat(as(TestUsers.CHEN).get("/api/v1/customers/{id}", customer).statusCode())
        .isEqualTo(200);
  }

  @Test
  void anEmptyMergePatchOfAPooledLead_isANoOp_answeredMasked() {
    String pooled = Leads.pooled();
    as(TestUsers.WANG)
        .contentType(Api.MERGE_PATCH)
        .header("If-Match", "\"0\"")
        .body("{}")
        .patch("/api/v1/leads/{id}", pooled)
        .then()
        .statusCode(200)
        .header("ETag", "\"0\"")
        .body("masked", equalTo(true))
        .body("phones[0]", matchesPattern("\\+86139\\*{4}\\d{4}"))
        .body("email", matchesPattern("l\\*\\*\\*@example\\.com"));
    as(TestUsers.ADMIN)
        .get("/api/v1/leads/{id}/history", pooled)
        .then()
        .statusCode(200)
        .body("items.action", equalTo(List.of("CAPTURED")));
  }

  @Test
  void aManagerWhoDisqualifiesAPooledLead_getsItMasked() {
    String pooled = Leads.pooled();
    as(TestUsers.WANG)
        .body(Map.of("reason", "spam"))
        .post("/api/v1/leads/{id}/disqualify", pooled)
        .then()
        .statusCode(200)
        .body("status", equalTo("DISQUALIFIED"))
        .body("masked", equalTo(true))
        .body("phones[0]", matchesPattern("\\+86139\\*{4}\\d{4}"));
  }

  /** How the user sees the lead itself: not at all, masked, or whole. */
  private static Sight leadSight(TestUsers user, String lead) {
    Response response = as(user).get("/api/v1/leads/{id}", lead);
    if (response.statusCode() != 200) {
      assertThat(response.statusCode()).isEqualTo(expectedHidden(user));
      return Sight.NONE;
    }
    return Boolean.TRUE.equals(response.path("masked")) ? Sight.MASKED : Sight.WHOLE;
  }

  /** Roles that do not work leads at all are refused (403); everyone else gets 404. */
  private static int expectedHidden(TestUsers user) {
    return user.roles().stream().anyMatch(List.of("sales", "manager", "admin")::contains)
        ? 404
        : 403;
  }

  private static void logFollowUp(TestUsers user, String collection, String id) {
    as(user)
        .body(Map.of("type", "CALL", "content", "Called about the offer"))
        .post("/api/v1/" + collection + "/{id}/follow-ups", id)
        .then()
        .statusCode(201);
  }
}
