package org.opencrm.crm.deal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.opencrm.crm.support.Api.as;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.opencrm.crm.support.CrmTestResources;
import org.opencrm.crm.support.TestUsers;

/** The product catalogue over HTTP: kept by admins, read by those who sell, money exact. */
@QuarkusTest
@WithTestResource(CrmTestResources.class)
class ProductCatalogueTest {

  private final String prefix = "P" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
  private final String category = "catalogue-" + prefix;

  private Map<String, Object> product(String code) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("code", code);
    body.put("name", "标准版许可 " + code);
    body.put("unit", "seat");
    body.put("listPrice", Map.of("amount", "1999.5", "currency", "CNY"));
    body.put("taxRate", "13");
    body.put("category", category);
    return body;
  }

  private String create(String code) {
    return as(TestUsers.ADMIN)
        .body(product(code))
        .post("/api/v1/products")
        .then()
        .statusCode(201)
        .extract()
        .path("id");
  }

  @Test
  void anAdminAddsAProduct_andEveryoneWhoSells_readsItExactToTheCent() {
    var created =
        as(TestUsers.ADMIN)
            .body(product(prefix.toLowerCase() + "-std"))
            .post("/api/v1/products")
            .then()
            .statusCode(201)
            .header("ETag", "\"0\"")
            .body("code", equalTo(prefix + "-STD"))
            .body("listPrice.amount", equalTo("1999.50"))
            .body("listPrice.currency", equalTo("CNY"))
            .body("taxRate", equalTo("13.00"))
            .body("active", equalTo(true))
            .extract();
    String id = created.path("id");
    assertThat(created.header("Location")).endsWith("/api/v1/products/" + id);

    for (TestUsers reader :
        List.of(TestUsers.LI, TestUsers.WANG, TestUsers.CHEN, TestUsers.ZHAO, TestUsers.ADMIN)) {
      as(reader)
          .get("/api/v1/products/" + id)
          .then()
          .statusCode(200)
          .header("ETag", "\"0\"")
          .body("listPrice.amount", equalTo("1999.50"));
    }
    as(TestUsers.LI).get("/api/v1/products/" + UUID.randomUUID()).then().statusCode(404);
  }

  @Test
  void theList_pagesByCode_andFiltersByStateCategoryAndText() {
    for (String code : List.of("C", "A", "B")) {
      create(prefix + "-" + code);
    }
    String retired = create(prefix + "-D");
    as(TestUsers.ADMIN).post("/api/v1/products/" + retired + "/deactivate").then().statusCode(200);

    List<String> codes = new ArrayList<>();
    String cursor = null;
    do {
      var request = as(TestUsers.LI).queryParam("category", category).queryParam("limit", 3);
      if (cursor != null) {
        request.queryParam("cursor", cursor);
      }
      var page = request.get("/api/v1/products").then().statusCode(200).extract();
      codes.addAll(page.path("items.code"));
      cursor = page.path("nextCursor");
    } while (cursor != null);
    assertThat(codes).containsExactly(prefix + "-A", prefix + "-B", prefix + "-C", prefix + "-D");

    List<String> active =
        as(TestUsers.LI)
            .queryParam("category", category)
            .queryParam("active", "true")
            .get("/api/v1/products")
            .then()
            .statusCode(200)
            .extract()
            .path("items.code");
    assertThat(active).containsExactly(prefix + "-A", prefix + "-B", prefix + "-C");
    List<String> found =
        as(TestUsers.LI)
            .queryParam("q", prefix.toLowerCase() + "-b")
            .get("/api/v1/products")
            .then()
            .statusCode(200)
            .extract()
            .path("items.code");
    assertThat(found).containsExactly(prefix + "-B");

    as(TestUsers.LI)
        .queryParam("active", "maybe")
        .get("/api/v1/products")
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("active"));
    as(TestUsers.LI)
        .queryParam("cursor", "forged")
        .get("/api/v1/products")
        .then()
        .statusCode(422)
        .body("code", equalTo("page.cursor-invalid"));
  }

  @Test
  void aRevision_needsTheVersionRead_andKeepsCodesUnique() {
    String id = create(prefix + "-R");
    create(prefix + "-TAKEN");

    as(TestUsers.ADMIN)
        .contentType("application/merge-patch+json; charset=UTF-8")
        .body(Map.of("listPrice", Map.of("amount", "2199", "currency", "CNY")))
        .patch("/api/v1/products/" + id)
        .then()
        .statusCode(428);
    Map<String, Object> clearCategory = new LinkedHashMap<>();
    clearCategory.put("name", "专业版许可");
    clearCategory.put("listPrice", Map.of("amount", "2199", "currency", "CNY"));
    clearCategory.put("category", null);
    as(TestUsers.ADMIN)
        .contentType("application/merge-patch+json; charset=UTF-8")
        .header("If-Match", "\"0\"")
        .body(clearCategory)
        .patch("/api/v1/products/" + id)
        .then()
        .statusCode(200)
        .header("ETag", "\"1\"")
        .body("name", equalTo("专业版许可"))
        .body("unit", equalTo("seat"))
        .body("listPrice.amount", equalTo("2199.00"))
        .body("category", nullValue());
    as(TestUsers.ADMIN)
        .contentType("application/merge-patch+json; charset=UTF-8")
        .header("If-Match", "\"0\"")
        .body(Map.of("unit", "licence"))
        .patch("/api/v1/products/" + id)
        .then()
        .statusCode(412);
    as(TestUsers.ADMIN)
        .contentType("application/merge-patch+json; charset=UTF-8")
        .header("If-Match", "\"1\"")
        .body(Map.of("code", prefix.toLowerCase() + "-taken"))
        .patch("/api/v1/products/" + id)
        .then()
        .statusCode(409)
        .body("code", equalTo("product.code-taken"));
    as(TestUsers.ADMIN)
        .body(product(prefix + "-taken"))
        .post("/api/v1/products")
        .then()
        .statusCode(409)
        .body("code", equalTo("product.code-taken"));
    as(TestUsers.ADMIN).get("/api/v1/products/" + id).then().header("ETag", "\"1\"");
  }

  @Test
  void aPatchWithBadValues_isAProblemNamingTheField_andChangesNothing() {
    String id = create(prefix + "-PB");
    Map<String, Object> clearName = new LinkedHashMap<>();
    clearName.put("name", null);
    Map<String, Object> clearPrice = new LinkedHashMap<>();
    clearPrice.put("listPrice", null);
    assertPatchRefused(
        id,
        Map.of("listPrice", Map.of("amount", "1.001", "currency", "CNY")),
        422,
        "money.invalid",
        "listPrice.amount");
    assertPatchRefused(id, Map.of("taxRate", "-1"), 422, "percent.invalid", "taxRate");
    assertPatchRefused(id, Map.of("code", "no spaces"), 422, "product.code-invalid", "code");
    assertPatchRefused(id, clearName, 422, "value.required", "name");
    assertPatchRefused(id, clearPrice, 422, "value.required", "listPrice");
    assertPatchRefused(id, Map.of("code", 7), 400, "request.invalid", null);
    assertPatchRefused(id, Map.of("unit", "x".repeat(21)), 400, "request.invalid", null);
    as(TestUsers.ADMIN)
        .get("/api/v1/products/" + id)
        .then()
        .header("ETag", "\"0\"")
        .body("listPrice.amount", equalTo("1999.50"));
    as(TestUsers.ADMIN)
        .contentType("application/merge-patch+json; charset=UTF-8")
        .header("If-Match", "\"0\"")
        .body(Map.of("unit", "seat"))
        .patch("/api/v1/products/" + UUID.randomUUID())
        .then()
        .statusCode(404)
        .body("code", equalTo("record.not-found"));
  }

  private static void assertPatchRefused(
      String id, Map<String, Object> patch, int status, String code, String field) {
    var response =
        as(TestUsers.ADMIN)
            .contentType("application/merge-patch+json; charset=UTF-8")
            .header("If-Match", "\"0\"")
            .body(patch)
            .patch("/api/v1/products/" + id)
            .then()
            .statusCode(status)
            .contentType("application/problem+json")
            .body("code", equalTo(code));
    if (field != null) {
      response.body("errors[0].field", equalTo(field));
    }
  }

  @Test
  void deactivation_andReactivation_areCommandsThatChangeNothingTwice() {
    String id = create(prefix + "-OFF");
    as(TestUsers.ADMIN)
        .header("If-Match", "\"0\"")
        .post("/api/v1/products/" + id + "/deactivate")
        .then()
        .statusCode(200)
        .header("ETag", "\"1\"")
        .body("active", equalTo(false));
    as(TestUsers.ADMIN)
        .post("/api/v1/products/" + id + "/deactivate")
        .then()
        .statusCode(200)
        .header("ETag", "\"1\"");
    as(TestUsers.ADMIN)
        .header("If-Match", "\"0\"")
        .post("/api/v1/products/" + id + "/reactivate")
        .then()
        .statusCode(412);
    as(TestUsers.ADMIN)
        .post("/api/v1/products/" + id + "/reactivate")
        .then()
        .statusCode(200)
        .body("active", equalTo(true));
    as(TestUsers.ADMIN)
        .post("/api/v1/products/" + UUID.randomUUID() + "/reactivate")
        .then()
        .statusCode(404);
  }

  @Test
  void badInput_isAProblemNamingTheField_andNothingIsStored() {
    assertInvalid(
        with("listPrice", Map.of("amount", "0.005", "currency", "CNY")),
        422,
        "money.invalid",
        "listPrice.amount");
    assertInvalid(
        with("listPrice", Map.of("amount", "10", "currency", "XYZ")),
        422,
        "money.invalid",
        "listPrice.currency");
    assertInvalid(
        with("listPrice", Map.of("amount", "-1", "currency", "CNY")),
        422,
        "product.negative-price",
        "listPrice.amount");
    assertInvalid(
        with("listPrice", Map.of("amount", "1e3", "currency", "CNY")),
        422,
        "money.invalid",
        "listPrice.amount");
    assertInvalid(with("taxRate", "101"), 422, "percent.invalid", "taxRate");
    assertInvalid(with("code", "bad code"), 422, "product.code-invalid", "code");
    assertInvalid(with("name", " "), 422, "value.required", "name");
    // Strict types: a number is not coerced into the amount's string.
    assertInvalid(
        with("listPrice", Map.of("amount", 1999.5, "currency", "CNY")),
        400,
        "request.invalid",
        null);
    assertInvalid(with("unexpected", "field"), 400, "request.invalid", null);
    Map<String, Object> noPrice = product(prefix + "-X");
    noPrice.remove("listPrice");
    assertInvalid(noPrice, 400, "request.invalid", null);

    List<String> stored =
        as(TestUsers.ADMIN)
            .queryParam("category", category)
            .get("/api/v1/products")
            .then()
            .extract()
            .path("items.code");
    assertThat(stored).isEmpty();
  }

  private Map<String, Object> with(String field, Object value) {
    Map<String, Object> body = product(prefix + "-BAD");
    body.put(field, value);
    return body;
  }

  private static void assertInvalid(
      Map<String, Object> body, int status, String code, String field) {
    var response =
        as(TestUsers.ADMIN)
            .body(body)
            .post("/api/v1/products")
            .then()
            .statusCode(status)
            .contentType("application/problem+json")
            .body("code", equalTo(code));
    if (field != null) {
      response.body("errors[0].field", equalTo(field));
    }
  }

  @Test
  void onlyAdminsKeepTheCatalogue_andClientsDoNotReadIt() {
    as(TestUsers.WANG)
        .body(product(prefix + "-MGR"))
        .post("/api/v1/products")
        .then()
        .statusCode(403)
        .body("code", equalTo("product.admin-only"));
    String id = create(prefix + "-ROLES");
    as(TestUsers.LI)
        .post("/api/v1/products/" + id + "/deactivate")
        .then()
        .statusCode(403)
        .body("code", equalTo("product.admin-only"));
    as(TestUsers.WEBFORM)
        .get("/api/v1/products/" + id)
        .then()
        .statusCode(403)
        .body("code", equalTo("product.read-not-allowed"));
  }

  @Test
  void aRetriedCreate_withTheSameKey_addsOneProduct() {
    String key = UUID.randomUUID().toString();
    var first =
        as(TestUsers.ADMIN)
            .header("Idempotency-Key", key)
            .body(product(prefix + "-IDEM"))
            .post("/api/v1/products")
            .then()
            .statusCode(201)
            .extract();
    var retry =
        as(TestUsers.ADMIN)
            .header("Idempotency-Key", key)
            .body(product(prefix + "-IDEM"))
            .post("/api/v1/products")
            .then()
            .statusCode(201)
            .extract();
    assertThat(retry.body().asString()).isEqualTo(first.body().asString());
  }

  @Test
  void everyChange_isAnEventInTheFeed_withItsHistoryEntry() throws Exception {
    String tail =
        as(TestUsers.ADMIN)
            .queryParam("limit", 1)
            .get("/api/v1/events")
            .then()
            .extract()
            .path("next");
    String id = create(prefix + "-EVT");
    as(TestUsers.ADMIN).post("/api/v1/products/" + id + "/deactivate").then().statusCode(200);

    List<String> types = new ArrayList<>();
    long giveUpAt = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
    while (types.size() < 2 && System.nanoTime() < giveUpAt) {
      types.clear();
      var request =
          as(TestUsers.ADMIN)
              .queryParam("limit", 1000)
              .queryParam("types", "product.created,product.deactivated");
      if (tail != null) {
        request.queryParam("after", tail);
      }
      List<Map<String, Object>> events =
          request.get("/api/v1/events").then().statusCode(200).extract().path("items");
      events.stream()
          .filter(e -> id.equals(e.get("subjectId")))
          .forEach(e -> types.add((String) e.get("type")));
      Thread.sleep(100);
    }
    assertThat(types).containsExactly("product.created", "product.deactivated");
    List<String> actions =
        as(TestUsers.LI)
            .get("/api/v1/products/" + id + "/history")
            .then()
            .statusCode(200)
            .extract()
            .path("items.action");
    assertThat(actions).containsExactly("DEACTIVATED", "CREATED");
    as(TestUsers.LI)
        .get("/api/v1/products/" + id + "/history")
        .then()
        .body("items[0].changes[0].field", equalTo("active"))
        .body("items[0].changes[0].oldValue", equalTo("true"))
        .body("items[0].changes[0].newValue", equalTo("false"));
    as(TestUsers.LI)
        .get("/api/v1/products/" + UUID.randomUUID() + "/history")
        .then()
        .statusCode(404);
    as(TestUsers.WEBFORM).get("/api/v1/products/" + id + "/history").then().statusCode(403);
  }
}
