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
import org.opencrm.crm.support.Api;
import org.opencrm.crm.support.CrmTestResources;
import org.opencrm.crm.support.TestUsers;

/**
 * Sales see their own customers, managers and service their team's, admins all; a record outside
 * the scope answers 404 everywhere (get, change, contacts, history, lists), never 403.
 */
@QuarkusTest
@WithTestResource(CrmTestResources.class)
class DataScopeAndRolesTest {

  @Test
  void anotherRepsCustomer_isInvisibleEverywhere() {
    String id = Api.createCustomer(TestUsers.LI, uniqueName("Li's secret customer"));

    as(TestUsers.HAN).get("/api/v1/customers/{id}", id).then().statusCode(404);
    as(TestUsers.HAN).get("/api/v1/customers/{id}/history", id).then().statusCode(404);
    as(TestUsers.HAN).get("/api/v1/customers/{id}/contacts", id).then().statusCode(404);
    as(TestUsers.HAN)
        .body(Map.of("name", "x"))
        .post("/api/v1/customers/{id}/contacts", id)
        .then()
        .statusCode(404);
    as(TestUsers.HAN)
        .contentType(Api.MERGE_PATCH)
        .header("If-Match", "\"0\"")
        .body(Map.of("notes", "mine now"))
        .patch("/api/v1/customers/{id}", id)
        .then()
        .statusCode(404)
        .body("code", equalTo("record.not-found"));
    as(TestUsers.HAN)
        .header("If-Match", "\"0\"")
        .delete("/api/v1/customers/{id}", id)
        .then()
        .statusCode(404);
  }

  @Test
  void lists_neverShowRecordsOutsideTheScope_evenWhenFilteredForThem() {
    String tag = "scope-" + UUID.randomUUID().toString().substring(0, 8);
    String lis =
        Api.createCustomer(TestUsers.LI, Map.of("name", uniqueName("A"), "tags", List.of(tag)))
            .path("id");
    String hans =
        Api.createCustomer(TestUsers.HAN, Map.of("name", uniqueName("B"), "tags", List.of(tag)))
            .path("id");
    String zhangs =
        Api.createCustomer(TestUsers.ZHANG, Map.of("name", uniqueName("C"), "tags", List.of(tag)))
            .path("id");

    assertThat(idsFor(TestUsers.LI, "tag=" + tag)).containsExactly(lis);
    assertThat(idsFor(TestUsers.LI, "tag=" + tag + "&ownerId=han.meimei")).isEmpty();
    assertThat(idsFor(TestUsers.WANG, "tag=" + tag)).containsExactlyInAnyOrder(lis, hans);
    assertThat(idsFor(TestUsers.CHEN, "tag=" + tag)).containsExactlyInAnyOrder(lis, hans);
    assertThat(idsFor(TestUsers.ZHOU, "tag=" + tag)).containsExactly(zhangs);
    assertThat(idsFor(TestUsers.ADMIN, "tag=" + tag)).containsExactlyInAnyOrder(lis, hans, zhangs);
    assertThat(idsFor(TestUsers.ADMIN, "tag=" + tag + "&team=north")).containsExactly(zhangs);
  }

  @Test
  void nameSearches_neverShowRecordsOutsideTheScope_inAnyOrder() {
    // A word no other test's customer has, so that only these three match the search.
    String word = "Zq" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    String lis = Api.createCustomer(TestUsers.LI, word + " Trading");
    String hans = Api.createCustomer(TestUsers.HAN, word + " Logistics");
    String zhangs = Api.createCustomer(TestUsers.ZHANG, word + " Foods");

    for (String order : List.of("-relevance", "name", "-updatedAt")) {
      String search = "q=" + word + "&sort=" + order;
      assertThat(idsFor(TestUsers.LI, search)).as(order).containsExactly(lis);
      assertThat(idsFor(TestUsers.WANG, search)).as(order).containsExactlyInAnyOrder(lis, hans);
      assertThat(idsFor(TestUsers.ZHOU, search)).as(order).containsExactly(zhangs);
      assertThat(idsFor(TestUsers.ADMIN, search))
          .as(order)
          .containsExactlyInAnyOrder(lis, hans, zhangs);
      assertThat(idsFor(TestUsers.LI, search + "&ownerId=han.meimei")).as(order).isEmpty();
    }
  }

  @Test
  void serviceStaff_readTheTeamsCustomers_butMayNotChangeThem() {
    String id = Api.createCustomer(TestUsers.LI, uniqueName("Serviced"));
    as(TestUsers.CHEN).get("/api/v1/customers/{id}", id).then().statusCode(200);
    as(TestUsers.CHEN)
        .contentType(Api.MERGE_PATCH)
        .header("If-Match", "\"0\"")
        .body(Map.of("notes", "x"))
        .patch("/api/v1/customers/{id}", id)
        .then()
        .statusCode(403)
        .body("code", equalTo("customer.write-not-allowed"));
  }

  @Test
  void analysts_andIntegrations_mayNotReadCustomerRecords() {
    as(TestUsers.ZHAO)
        .get("/api/v1/customers")
        .then()
        .statusCode(403)
        .body("code", equalTo("customer.read-not-allowed"));
    as(TestUsers.WEBFORM)
        .body(Map.of("name", "Acme"))
        .post("/api/v1/customers")
        .then()
        .statusCode(403);
  }

  @Test
  void salesRep_mayNotHandACustomerToAColleague() {
    String id = Api.createCustomer(TestUsers.LI, uniqueName("Keep it"));
    as(TestUsers.LI)
        .contentType(Api.MERGE_PATCH)
        .header("If-Match", "\"0\"")
        .body(Map.of("ownerId", "han.meimei"))
        .patch("/api/v1/customers/{id}", id)
        .then()
        .statusCode(403)
        .body("code", equalTo("customer.owner-change-not-allowed"));
    as(TestUsers.LI)
        .body(Map.of("name", uniqueName("For Han"), "ownerId", "han.meimei"))
        .post("/api/v1/customers")
        .then()
        .statusCode(403);
  }

  @Test
  void manager_reassignsWithinTheTeam_andTheNewOwnerTakesOver() {
    String id = Api.createCustomer(TestUsers.LI, uniqueName("Handover"));
    as(TestUsers.WANG)
        .contentType(Api.MERGE_PATCH)
        .header("If-Match", "\"0\"")
        .body(Map.of("ownerId", "han.meimei"))
        .patch("/api/v1/customers/{id}", id)
        .then()
        .statusCode(200)
        .body("ownerId", equalTo("han.meimei"));

    as(TestUsers.LI).get("/api/v1/customers/{id}", id).then().statusCode(404);
    as(TestUsers.HAN).get("/api/v1/customers/{id}", id).then().statusCode(200);
    as(TestUsers.HAN)
        .get("/api/v1/customers/{id}/history", id)
        .then()
        .body("items[0].actor.id", equalTo("wang.fang"))
        .body("items[0].changes.find { it.field == 'ownerId' }.oldValue", equalTo("li.lei"));
  }

  @Test
  void manager_mayNotMoveACustomerToAnotherTeam_butAdminMay() {
    String id = Api.createCustomer(TestUsers.LI, uniqueName("Stay east"));
    as(TestUsers.WANG)
        .contentType(Api.MERGE_PATCH)
        .header("If-Match", "\"0\"")
        .body(Map.of("ownerId", "zhang.wei", "team", "north"))
        .patch("/api/v1/customers/{id}", id)
        .then()
        .statusCode(403)
        .body("code", equalTo("customer.owner-change-outside-team"));
    as(TestUsers.ADMIN)
        .contentType(Api.MERGE_PATCH)
        .header("If-Match", "\"0\"")
        .body(Map.of("ownerId", "zhang.wei", "team", "north"))
        .patch("/api/v1/customers/{id}", id)
        .then()
        .statusCode(200);
    as(TestUsers.ZHANG).get("/api/v1/customers/{id}", id).then().statusCode(200);
  }

  @Test
  void otherTeamsManager_cannotSeeTheCustomer() {
    String id = Api.createCustomer(TestUsers.LI, uniqueName("East only"));
    as(TestUsers.ZHOU).get("/api/v1/customers/{id}", id).then().statusCode(404);
  }

  private static List<String> idsFor(TestUsers user, String query) {
    return as(user)
        .get("/api/v1/customers?" + query)
        .then()
        .statusCode(200)
        .extract()
        .path("items.id");
  }
}
