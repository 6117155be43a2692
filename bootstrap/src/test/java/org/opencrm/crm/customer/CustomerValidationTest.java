package org.opencrm.crm.customer;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static org.opencrm.crm.support.Api.as;
import static org.opencrm.crm.support.Api.uniqueName;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.opencrm.crm.domain.customer.UnifiedSocialCreditCode;
import org.opencrm.crm.support.Api;
import org.opencrm.crm.support.CrmTestResources;
import org.opencrm.crm.support.TestUsers;

/** Bad input answers a clear problem (400 for shape, 422 for meaning), never a 500. */
@QuarkusTest
@WithTestResource(CrmTestResources.class)
class CustomerValidationTest {

  private static void expectBadRequest(String body, String field) {
    as(TestUsers.LI)
        .body(body)
        .post("/api/v1/customers")
        .then()
        .statusCode(400)
        .contentType(containsString("application/problem+json"))
        .body("status", equalTo(400))
        .body("code", equalTo("request.invalid"))
        .body("type", startsWith("https://"))
        .body("instance", equalTo("/api/v1/customers"))
        .body("errors.field", hasItem(field));
  }

  @Test
  void malformedJson_is400() {
    expectBadRequest("{\"name\": \"Acme\"", "$");
  }

  @Test
  void unknownEnumValue_is400NamingTheField() {
    expectBadRequest("{\"name\":\"Acme\",\"kind\":\"ALIEN\"}", "kind");
  }

  @Test
  void wrongType_is400NamingTheField() {
    expectBadRequest("{\"name\":\"Acme\",\"region\":\"Zhejiang\"}", "region");
  }

  @Test
  void unknownField_is400NamingTheField() {
    expectBadRequest("{\"name\":\"Acme\",\"nmae\":\"typo\"}", "nmae");
  }

  @Test
  void oversizedName_is400() {
    expectBadRequest("{\"name\":\"" + "x".repeat(201) + "\"}", "name");
  }

  @Test
  void oversizedTag_is400WithItsPosition() {
    expectBadRequest("{\"name\":\"Acme\",\"tags\":[\"ok\",\"" + "t".repeat(51) + "\"]}", "tags[1]");
  }

  @Test
  void missingName_is400() {
    expectBadRequest("{\"industry\":\"Retail\"}", "name");
  }

  @Test
  void emptyBody_is400() {
    as(TestUsers.LI)
        .post("/api/v1/customers")
        .then()
        .statusCode(400)
        .body("code", equalTo("request.invalid"));
  }

  @Test
  void invalidCreditCode_is422() {
    as(TestUsers.LI)
        .body(Map.of("name", "Acme", "unifiedSocialCreditCode", "91350100M000100Y44"))
        .post("/api/v1/customers")
        .then()
        .statusCode(422)
        .body("code", equalTo(UnifiedSocialCreditCode.INVALID))
        .body("errors[0].field", equalTo("unifiedSocialCreditCode"));
  }

  @Test
  void creditCodeOnAPerson_is422() {
    as(TestUsers.LI)
        .body(
            Map.of("name", "张三", "kind", "PERSON", "unifiedSocialCreditCode", "91350100M000100Y43"))
        .post("/api/v1/customers")
        .then()
        .statusCode(422)
        .body("code", equalTo("customer.credit-code-for-person"));
  }

  @Test
  void controlCharacters_areRefused_inBodiesAndQueries() {
    as(TestUsers.LI)
        .body("{\"name\":\"Acme\\u0000Ltd\"}")
        .post("/api/v1/customers")
        .then()
        .statusCode(422)
        .body("code", equalTo("value.control-characters"));
    as(TestUsers.LI)
        .queryParam("q", "ab\u0000cd")
        .get("/api/v1/customers")
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("q"));
  }

  @Test
  void duplicateCreditCode_is409_evenWhenTheOtherCustomerIsSomeoneElses() {
    String code =
        UnifiedSocialCreditCode.withCheckCharacter("91330100MA" + randomDigits(7)).value();
    Api.createCustomer(
        TestUsers.ZHANG, Map.of("name", uniqueName("First"), "unifiedSocialCreditCode", code));

    as(TestUsers.LI)
        .body(Map.of("name", uniqueName("Second"), "unifiedSocialCreditCode", code.toLowerCase()))
        .post("/api/v1/customers")
        .then()
        .statusCode(409)
        .body("code", equalTo(UnifiedSocialCreditCode.TAKEN))
        .body("detail", equalTo("A customer with this unified social credit code already exists"));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "limit=0",
        "limit=201",
        "limit=abc",
        "importance=HUGE",
        "sort=owner",
        "sort=relevance"
      })
  void badListParameters_are400(String query) {
    as(TestUsers.LI)
        .get("/api/v1/customers?" + query)
        .then()
        .statusCode(400)
        .body("code", equalTo("request.invalid"))
        .body("errors[0].field", equalTo(query.substring(0, query.indexOf('='))));
  }

  @Test
  void forgedCursor_is422() {
    as(TestUsers.LI)
        .get("/api/v1/customers?cursor=bm90LWEtY3Vyc29y")
        .then()
        .statusCode(422)
        .body("code", equalTo("page.cursor-invalid"));
  }

  @Test
  void unknownCustomer_is404Problem() {
    as(TestUsers.LI)
        .get("/api/v1/customers/{id}", "6a0c1d5e-8b1e-4c47-9a55-2f4f0c1d2e3f")
        .then()
        .statusCode(404)
        .contentType(containsString("application/problem+json"))
        .body("code", equalTo("record.not-found"));
  }

  @Test
  void unknownPath_is404Problem() {
    as(TestUsers.LI)
        .get("/api/v1/nothing-here")
        .then()
        .statusCode(404)
        .contentType(containsString("application/problem+json"));
  }

  private static String randomDigits(int count) {
    StringBuilder digits = new StringBuilder();
    java.util.concurrent.ThreadLocalRandom random =
        java.util.concurrent.ThreadLocalRandom.current();
    for (int i = 0; i < count; i++) {
      digits.append(random.nextInt(10));
    }
    return digits.toString();
  }
}
