package org.opencrm.crm.contract;

import static org.hamcrest.Matchers.equalTo;
import static org.opencrm.crm.support.Api.as;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.opencrm.crm.support.Api;
import org.opencrm.crm.support.CrmTestResources;
import org.opencrm.crm.support.Leads;
import org.opencrm.crm.support.TestUsers;

/** JSON is read exactly as the contract types it: every loose form is a 400, never coerced. */
@QuarkusTest
@WithTestResource(CrmTestResources.class)
class StrictJsonTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "{\"name\":123}",
        "{\"name\":true}",
        "{\"name\":\"Strict Co\",\"industry\":42}",
        "{\"name\":\"Strict Co\",\"industry\":null}",
        "{\"name\":\"Strict Co\",\"tags\":null}",
        "{\"name\":\"Strict Co\"} trailing",
        "{\"name\":\"Strict Co\"}{\"name\":\"Second\"}",
        "{\"name\":\"Strict Co\",\"tags\":[1]}"
      })
  void aLooseCustomer_is400(String body) {
    as(TestUsers.LI)
        .body(body)
        .post("/api/v1/customers")
        .then()
        .statusCode(400)
        .body("code", equalTo("request.invalid"));
  }

  @Test
  void aNumberForAPhone_is400() {
    as(TestUsers.LI)
        .body("{\"personName\":\"王小明\",\"phones\":[13800138000],\"sourceChannel\":\"WEB_FORM\"}")
        .post("/api/v1/leads")
        .then()
        .statusCode(400);
  }

  @Test
  void aStringForABoolean_is400() {
    String customer = Api.createCustomer(TestUsers.LI, Api.uniqueName("Strict Contacts"));
    as(TestUsers.LI)
        .body("{\"name\":\"王芳\",\"primary\":\"true\"}")
        .post("/api/v1/customers/{id}/contacts", customer)
        .then()
        .statusCode(400);
  }

  @Test
  void aFractionForAnInteger_is400() {
    String etag = as(TestUsers.ADMIN).get("/api/v1/pool-policy").then().extract().header("ETag");
    as(TestUsers.ADMIN)
        .header("If-Match", etag)
        .body("{\"maxHeldLeads\":1.5}")
        .put("/api/v1/pool-policy")
        .then()
        .statusCode(400);
    as(TestUsers.ADMIN)
        .header("If-Match", etag)
        .body("{\"maxHeldLeads\":\"300\"}")
        .put("/api/v1/pool-policy")
        .then()
        .statusCode(400);
  }

  @Test
  void aBooleanQueryParameter_isTrueOrFalse() {
    as(TestUsers.WANG)
        .queryParam("allowDuplicate", "maybe")
        .body(Leads.body())
        .post("/api/v1/leads")
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("allowDuplicate"));
  }

  @Test
  void aMergePatch_stillClearsAFieldWithNull() {
    String customer =
        Api.createCustomer(TestUsers.LI, Map.of("name", Api.uniqueName("Patch Co"), "notes", "x"))
            .path("id");
    as(TestUsers.LI)
        .contentType(Api.MERGE_PATCH)
        .header("If-Match", "\"0\"")
        .body("{\"notes\":null}")
        .patch("/api/v1/customers/{id}", customer)
        .then()
        .statusCode(200)
        .body("notes", org.hamcrest.Matchers.nullValue());
  }

  @Test
  void lengthsCountCharacters_notUtf16Units() {
    String emoji = "\uD83D\uDE00"; // one character, two UTF-16 units
    as(TestUsers.LI)
        .body(Map.of("name", emoji.repeat(200)))
        .post("/api/v1/customers")
        .then()
        .statusCode(201);
    as(TestUsers.LI)
        .body(Map.of("name", "\uD840\uDC00".repeat(201)))
        .post("/api/v1/customers")
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("name"));
  }

  /** The contract closes its schemas (additionalProperties: false); the service keeps that. */
  @Test
  void anUnknownField_is400_inAMergePatchToo() {
    String customer = Api.createCustomer(TestUsers.LI, Api.uniqueName("Strict Patch"));
    as(TestUsers.LI)
        .contentType(Api.MERGE_PATCH)
        .header("If-Match", "\"0\"")
        .body("{\"nickname\":\"Strict\"}")
        .patch("/api/v1/customers/{id}", customer)
        .then()
        .statusCode(400)
        .body("code", equalTo("request.invalid"));
  }

  /** 2.0.0 named the lead's channel sourceChannel, as on customers; the old name is unknown. */
  @Test
  void theLeadsOldSourceField_is400() {
    as(TestUsers.LI)
        .body("{\"personName\":\"王小明\",\"source\":\"WEB_FORM\"}")
        .post("/api/v1/leads")
        .then()
        .statusCode(400)
        .body("code", equalTo("request.invalid"));
  }
}
