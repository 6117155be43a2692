package org.opencrm.crm.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.opencrm.crm.support.Api.as;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.opencrm.crm.support.Api;
import org.opencrm.crm.support.Concurrently;
import org.opencrm.crm.support.CrmTestResources;
import org.opencrm.crm.support.Leads;
import org.opencrm.crm.support.TestUsers;

/**
 * The user directory over HTTP: filled from verified tokens, kept by admins, browsed by managers
 * for their team; and every hand-over of a record checked against it.
 */
@QuarkusTest
@WithTestResource(CrmTestResources.class)
class UserDirectoryTest {

  @Test
  void aSignedInUser_isInTheDirectory_withTheTokensTeamAndRoles() {
    as(TestUsers.HAN)
        .get("/api/v1/users/me")
        .then()
        .statusCode(200)
        .body("id", equalTo("han.meimei"))
        .body("displayName", equalTo("韩梅梅"))
        .body("team", equalTo("east"))
        .body("roles", equalTo(List.of("sales")))
        .body("active", equalTo(true))
        .body("ownsRecords", equalTo(true))
        .body("lastSignedInAt", notNullValue());
  }

  @Test
  void adminsSeeEveryone_managersTheirTeam_repsNobody() {
    List<String> everyone =
        as(TestUsers.ADMIN)
            .get("/api/v1/users?limit=200")
            .then()
            .statusCode(200)
            .extract()
            .path("items.id");
    assertThat(everyone).contains("li.lei", "zhang.wei", "admin", "web-form");

    List<String> east =
        as(TestUsers.WANG)
            .get("/api/v1/users?limit=200")
            .then()
            .statusCode(200)
            .extract()
            .path("items.id");
    assertThat(east).contains("li.lei", "han.meimei", "chen.jing").doesNotContain("zhang.wei");
    as(TestUsers.WANG).get("/api/v1/users/{id}", "zhang.wei").then().statusCode(404);
    as(TestUsers.WANG).get("/api/v1/users/{id}", "li.lei").then().statusCode(200);

    as(TestUsers.LI)
        .get("/api/v1/users")
        .then()
        .statusCode(403)
        .body("code", equalTo("user.browse-not-allowed"));
    as(TestUsers.ADMIN)
        .get("/api/v1/users?role=manager&limit=200")
        .then()
        .statusCode(200)
        .body("items.id", hasItem("zhou.qiang"))
        .body("items.id", not(hasItem("li.lei")));
    as(TestUsers.ADMIN)
        .get("/api/v1/users?role=boss")
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("role"));
  }

  @Test
  void usersArePagedById() {
    String first =
        as(TestUsers.ADMIN)
            .get("/api/v1/users?limit=2")
            .then()
            .statusCode(200)
            .extract()
            .path("nextCursor");
    List<String> second =
        as(TestUsers.ADMIN)
            .queryParam("cursor", first)
            .get("/api/v1/users?limit=2")
            .then()
            .statusCode(200)
            .extract()
            .path("items.id");
    assertThat(second).hasSize(2).isSorted();
  }

  @Test
  void teams_listTheirMembersCounts() {
    as(TestUsers.ADMIN)
        .get("/api/v1/teams")
        .then()
        .statusCode(200)
        .body("items.team", hasItem("east"))
        .body("items.team", hasItem("north"));
    as(TestUsers.WANG)
        .get("/api/v1/teams")
        .then()
        .statusCode(200)
        .body("items.team", equalTo(List.of("east")));
  }

  @Test
  void anAdminRegistersSomeoneBeforeTheirFirstSignIn_andRecordsCanBeHandedToThem() {
    String id = "new." + UUID.randomUUID().toString().substring(0, 8);
    Map<String, Object> body =
        Map.of("id", id, "displayName", "刘洋", "team", "east", "roles", List.of("sales"));
    as(TestUsers.LI)
        .body(body)
        .post("/api/v1/users")
        .then()
        .statusCode(403)
        .body("code", equalTo("user.manage-not-allowed"));
    as(TestUsers.ADMIN)
        .body(body)
        .post("/api/v1/users")
        .then()
        .statusCode(201)
        .header("Location", org.hamcrest.Matchers.endsWith("/api/v1/users/" + id))
        .body("active", equalTo(true))
        .body("lastSignedInAt", org.hamcrest.Matchers.nullValue());
    as(TestUsers.ADMIN)
        .body(body)
        .post("/api/v1/users")
        .then()
        .statusCode(409)
        .body("code", equalTo("user.already-exists"));

    String lead = Leads.held(TestUsers.LI);
    as(TestUsers.WANG)
        .body(Map.of("repId", id))
        .post("/api/v1/leads/{id}/assign", lead)
        .then()
        .statusCode(200)
        .body("ownerId", equalTo(id));
  }

  @Test
  void aDeactivatedUser_isRefused_andReceivesNoRecords_untilReactivated() {
    as(TestUsers.LEAVER).get("/api/v1/users/me").then().statusCode(200);
    try {
      as(TestUsers.ADMIN)
          .post("/api/v1/users/{id}/deactivate", "wu.li")
          .then()
          .statusCode(200)
          .body("active", equalTo(false));
      as(TestUsers.LEAVER)
          .get("/api/v1/customers")
          .then()
          .statusCode(403)
          .body("code", equalTo("user.deactivated"));
      String lead = Leads.held(TestUsers.LI);
      as(TestUsers.WANG)
          .body(Map.of("repId", "wu.li"))
          .post("/api/v1/leads/{id}/assign", lead)
          .then()
          .statusCode(422)
          .body("code", equalTo("owner.inactive"))
          .body("errors[0].field", equalTo("repId"));
    } finally {
      as(TestUsers.ADMIN)
          .post("/api/v1/users/{id}/reactivate", "wu.li")
          .then()
          .statusCode(200)
          .body("active", equalTo(true));
    }
    as(TestUsers.LEAVER).get("/api/v1/customers").then().statusCode(200);
  }

  /**
   * A user's first requests after the directory forgot them (a reactivation here; the refresh
   * interval in production) all sign in at once: they take turns on the entry, none fails.
   */
  @Test
  void parallelRequests_signingTheSameUserIn_allSucceed() throws Exception {
    for (int round = 0; round < 5; round++) {
      as(TestUsers.ADMIN).post("/api/v1/users/{id}/reactivate", "wu.li").then().statusCode(200);
      List<Integer> statuses =
          Concurrently.statuses(
              8, call -> as(TestUsers.LEAVER).get("/api/v1/users/me").andReturn());
      assertThat(statuses).as("round %d", round).containsOnly(200);
    }
  }

  @Test
  void aManager_cannotHandALeadToAnotherTeamsRep() {
    String lead = Leads.held(TestUsers.LI);
    as(TestUsers.WANG)
        .body(Map.of("repId", "zhang.wei"))
        .post("/api/v1/leads/{id}/assign", lead)
        .then()
        .statusCode(422)
        .body("code", equalTo("owner.outside-team"));
    as(TestUsers.ZHANG).get("/api/v1/leads/{id}", lead).then().statusCode(404);
    as(TestUsers.WANG)
        .body(Map.of("repId", "zhang.wei", "team", "north"))
        .post("/api/v1/leads/{id}/assign", lead)
        .then()
        .statusCode(403)
        .body("code", equalTo("lead.assign-outside-team"));
    as(TestUsers.WANG)
        .body(Map.of("leadIds", List.of(lead), "repId", "zhang.wei"))
        .post("/api/v1/leads/assignments")
        .then()
        .statusCode(422)
        .body("code", equalTo("owner.outside-team"));
    as(TestUsers.LI)
        .get("/api/v1/leads/{id}", lead)
        .then()
        .statusCode(200)
        .body("ownerId", equalTo("li.lei"));
  }

  @Test
  void leadsGoOnlyToKnownActiveUsersWhoseRolesOwnRecords() {
    String lead = Leads.held(TestUsers.LI);
    as(TestUsers.WANG)
        .body(Map.of("repId", "nobody.here"))
        .post("/api/v1/leads/{id}/assign", lead)
        .then()
        .statusCode(422)
        .body("code", equalTo("owner.unknown"));
    as(TestUsers.WANG)
        .body(Map.of("repId", "chen.jing"))
        .post("/api/v1/leads/{id}/assign", lead)
        .then()
        .statusCode(422)
        .body("code", equalTo("owner.cannot-own-records"));
  }

  @Test
  void aCustomerStaysInItsTeam_unlessAnAdminMovesItExplicitly() {
    String customer = Api.createCustomer(TestUsers.LI, Api.uniqueName("Directory Co"));
    as(TestUsers.WANG)
        .contentType(Api.MERGE_PATCH)
        .header("If-Match", "\"0\"")
        .body(Map.of("ownerId", "zhang.wei"))
        .patch("/api/v1/customers/{id}", customer)
        .then()
        .statusCode(422)
        .body("code", equalTo("owner.outside-team"))
        .body("errors[0].field", equalTo("ownerId"));
    as(TestUsers.ZHANG).get("/api/v1/customers/{id}", customer).then().statusCode(404);
    as(TestUsers.ADMIN)
        .contentType(Api.MERGE_PATCH)
        .header("If-Match", "\"0\"")
        .body(Map.of("ownerId", "zhang.wei"))
        .patch("/api/v1/customers/{id}", customer)
        .then()
        .statusCode(422)
        .body("code", equalTo("owner.outside-team"));
    as(TestUsers.ADMIN)
        .contentType(Api.MERGE_PATCH)
        .header("If-Match", "\"0\"")
        .body(Map.of("ownerId", "zhang.wei", "team", "north"))
        .patch("/api/v1/customers/{id}", customer)
        .then()
        .statusCode(200)
        .body("ownerId", equalTo("zhang.wei"))
        .body("team", equalTo("north"));
    as(TestUsers.ZHANG).get("/api/v1/customers/{id}", customer).then().statusCode(200);
    as(TestUsers.ADMIN)
        .body(Map.of("name", Api.uniqueName("Unknown Owner Co"), "ownerId", "nobody.here"))
        .post("/api/v1/customers")
        .then()
        .statusCode(422)
        .body("code", equalTo("owner.unknown"));
  }

  @Test
  void onlyAdminsKeepTheDirectory_andOnlyManagersAndAdminsBrowseTeams() {
    as(TestUsers.WANG)
        .post("/api/v1/users/{id}/deactivate", "li.lei")
        .then()
        .statusCode(403)
        .body("code", equalTo("user.manage-not-allowed"));
    as(TestUsers.LI)
        .post("/api/v1/users/{id}/reactivate", "li.lei")
        .then()
        .statusCode(403)
        .body("code", equalTo("user.manage-not-allowed"));
    as(TestUsers.LI)
        .get("/api/v1/teams")
        .then()
        .statusCode(403)
        .body("code", equalTo("user.browse-not-allowed"));
    as(TestUsers.LI).get("/api/v1/users/{id}", "han.meimei").then().statusCode(404);
    as(TestUsers.ADMIN).post("/api/v1/users/{id}/deactivate", "nobody.here").then().statusCode(404);
  }

  @Test
  void malformedDirectoryInput_is400_neverA500() {
    as(TestUsers.ADMIN)
        .body(Map.of("id", "x.y", "displayName", "X", "roles", List.of("boss")))
        .post("/api/v1/users")
        .then()
        .statusCode(400);
    as(TestUsers.ADMIN)
        .body(Map.of("id", "x.y", "displayName", "X", "roles", List.of()))
        .post("/api/v1/users")
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("roles"));
    as(TestUsers.ADMIN)
        .body(Map.of("id", " ", "displayName", "X", "roles", List.of("sales")))
        .post("/api/v1/users")
        .then()
        .statusCode(400);
    as(TestUsers.ADMIN).get("/api/v1/users?active=maybe").then().statusCode(400);
    as(TestUsers.ADMIN).get("/api/v1/users?limit=0").then().statusCode(400);
    as(TestUsers.ADMIN).get("/api/v1/users?cursor=bm90LWEtY3Vyc29y").then().statusCode(422);
  }
}
