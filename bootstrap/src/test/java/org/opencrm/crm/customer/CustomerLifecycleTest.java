package org.opencrm.crm.customer;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.opencrm.crm.support.Api.as;
import static org.opencrm.crm.support.Api.uniqueName;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.opencrm.crm.support.Api;
import org.opencrm.crm.support.CrmTestResources;
import org.opencrm.crm.support.TestUsers;

@QuarkusTest
@WithTestResource(CrmTestResources.class)
class CustomerLifecycleTest {

  @Test
  void create_thenGet_returnsTheCustomerWithEtagAndLocation() {
    String name = uniqueName("杭州西湖科技有限公司");
    var created =
        Api.createCustomer(
            TestUsers.LI,
            Map.of(
                "name", name,
                "industry", "Manufacturing",
                "sizeBand", "MEDIUM",
                "region", Map.of("province", "浙江", "city", "杭州"),
                "sourceChannel", "REFERRAL",
                "tags", List.of("VIP", "vip", "Trade-Fair"),
                "importance", "KEY",
                "demandStatus", "TARGET"));
    String id = created.path("id");

    org.assertj.core.api.Assertions.assertThat(created.header("Location"))
        .endsWith("/api/v1/customers/" + id);
    org.assertj.core.api.Assertions.assertThat(created.header("ETag")).isEqualTo("\"0\"");

    as(TestUsers.LI)
        .get("/api/v1/customers/{id}", id)
        .then()
        .statusCode(200)
        .header("ETag", "\"0\"")
        .body("name", equalTo(name))
        .body("kind", equalTo("COMPANY"))
        .body("region.city", equalTo("杭州"))
        .body("tags", equalTo(List.of("trade-fair", "vip")))
        .body("ownerId", equalTo("li.lei"))
        .body("team", equalTo("east"))
        .body("archivedAt", nullValue())
        .body("version", equalTo(0))
        .body("createdAt", notNullValue());
  }

  @Test
  void update_withIfMatch_changesFieldsAndRecordsHistory() {
    String id = Api.createCustomer(TestUsers.LI, uniqueName("Acme"));

    as(TestUsers.LI)
        .contentType(Api.MERGE_PATCH)
        .header("If-Match", "\"0\"")
        .body(Map.of("industry", "Retail", "region", Map.of("city", "宁波")))
        .patch("/api/v1/customers/{id}", id)
        .then()
        .statusCode(200)
        .header("ETag", "\"1\"")
        .body("industry", equalTo("Retail"))
        .body("region.city", equalTo("宁波"))
        .body("version", equalTo(1));

    as(TestUsers.LI)
        .get("/api/v1/customers/{id}/history", id)
        .then()
        .statusCode(200)
        .body("items[0].action", equalTo("UPDATED"))
        .body("items[0].actor.id", equalTo("li.lei"))
        .body("items[0].actor.kind", equalTo("USER"))
        .body("items[0].changes.field", hasItem("industry"))
        .body("items[0].changes.find { it.field == 'region.city' }.newValue", equalTo("宁波"))
        .body("items[1].action", equalTo("CREATED"));
  }

  @Test
  void history_pagesNewestFirst_andRefusesForeignCursors() {
    String id = Api.createCustomer(TestUsers.LI, uniqueName("Paged history"));
    for (int version = 0; version < 3; version++) {
      as(TestUsers.LI)
          .contentType(Api.MERGE_PATCH)
          .header("If-Match", "\"" + version + "\"")
          .body(Map.of("notes", "note " + version))
          .patch("/api/v1/customers/{id}", id)
          .then()
          .statusCode(200);
    }
    var first =
        as(TestUsers.LI)
            .get("/api/v1/customers/{id}/history?limit=3", id)
            .then()
            .statusCode(200)
            .extract();
    org.assertj.core.api.Assertions.assertThat(first.<List<String>>path("items.action"))
        .containsExactly("UPDATED", "UPDATED", "UPDATED");
    String cursor = first.path("nextCursor");

    as(TestUsers.LI)
        .queryParam("cursor", cursor)
        .get("/api/v1/customers/{id}/history?limit=3", id)
        .then()
        .statusCode(200)
        .body("items.action", equalTo(List.of("CREATED")))
        .body("nextCursor", nullValue());
    String listCursor =
        as(TestUsers.LI).get("/api/v1/customers?limit=1").then().extract().path("nextCursor");
    as(TestUsers.LI)
        .queryParam("cursor", listCursor)
        .get("/api/v1/customers/{id}/history", id)
        .then()
        .statusCode(422)
        .body("code", equalTo("page.cursor-invalid"));
  }

  @Test
  void archive_hidesTheCustomerFromItsOwnerButNotFromAdmins() {
    String id = Api.createCustomer(TestUsers.LI, uniqueName("Archived Ltd"));

    as(TestUsers.LI)
        .header("If-Match", "\"0\"")
        .delete("/api/v1/customers/{id}", id)
        .then()
        .statusCode(204);

    as(TestUsers.LI).get("/api/v1/customers/{id}", id).then().statusCode(404);
    as(TestUsers.ADMIN)
        .get("/api/v1/customers/{id}", id)
        .then()
        .statusCode(200)
        .body("archivedAt", notNullValue());
    as(TestUsers.ADMIN)
        .contentType(Api.MERGE_PATCH)
        .header("If-Match", "\"1\"")
        .body(Map.of("notes", "x"))
        .patch("/api/v1/customers/{id}", id)
        .then()
        .statusCode(409)
        .body("code", equalTo("customer.archived"));
  }

  @Test
  void withoutToken_answers401Problem() {
    given()
        .get("/api/v1/customers")
        .then()
        .statusCode(401)
        .contentType(containsString("application/problem+json"))
        .body("code", equalTo("auth.unauthenticated"));
  }
}
