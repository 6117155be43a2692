package org.opencrm.crm.deal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.opencrm.crm.support.Api.as;
import static org.opencrm.crm.support.Api.createCustomer;
import static org.opencrm.crm.support.Api.uniqueName;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.opencrm.crm.support.Api;
import org.opencrm.crm.support.CrmTestResources;
import org.opencrm.crm.support.TestUsers;

/** Opportunities over HTTP: opened, valued exactly, moved through stages, won, lost, in scope. */
@QuarkusTest
@WithTestResource(CrmTestResources.class)
class OpportunityTest {

  static final String QUALIFICATION = "7e1f0000-0000-4000-8000-000000000001";
  static final String NEEDS_ANALYSIS = "7e1f0000-0000-4000-8000-000000000002";
  static final String PROPOSAL = "7e1f0000-0000-4000-8000-000000000003";
  static final String WON = "7e1f0000-0000-4000-8000-000000000005";

  private String customer;

  @BeforeEach
  void aCustomerOfLi() {
    customer = createCustomer(TestUsers.LI, uniqueName("商机测试 Deal Ltd"));
  }

  static Map<String, Object> money(String amount) {
    return Map.of("amount", amount, "currency", "CNY");
  }

  private Map<String, Object> opportunity(String name) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("customerId", customer);
    body.put("name", name);
    return body;
  }

  private JsonPath open(TestUsers user, Map<String, Object> body) {
    return as(user)
        .body(body)
        .post("/api/v1/opportunities")
        .then()
        .statusCode(201)
        .extract()
        .jsonPath();
  }

  private String product(String listPrice, boolean active) {
    String id =
        as(TestUsers.ADMIN)
            .body(
                Map.of(
                    "code",
                    "OPP-" + UUID.randomUUID().toString().substring(0, 8),
                    "name",
                    "实施服务 Implementation",
                    "unit",
                    "day",
                    "listPrice",
                    money(listPrice)))
            .post("/api/v1/products")
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    if (!active) {
      as(TestUsers.ADMIN).post("/api/v1/products/" + id + "/deactivate").then().statusCode(200);
    }
    return id;
  }

  @Test
  void aRepOpensAnOpportunity_inTheStandardPipelinesFirstStage_weightedByItsProbability() {
    Map<String, Object> body = opportunity("ERP rollout");
    body.put("amount", money("100000.05"));
    body.put("expectedCloseDate", "2027-03-31");
    var created =
        as(TestUsers.LI)
            .body(body)
            .post("/api/v1/opportunities")
            .then()
            .statusCode(201)
            .header("ETag", "\"0\"")
            .body("stageId", equalTo(QUALIFICATION))
            .body("stageName", equalTo("Qualification"))
            .body("probability", equalTo("10.00"))
            .body("status", equalTo("OPEN"))
            .body("amount.amount", equalTo("100000.05"))
            // 10 % of 100 000.05 is 10 000.005: half up to the cent.
            .body("weightedAmount.amount", equalTo("10000.01"))
            .body("ownerId", equalTo(TestUsers.LI.id))
            .body("team", equalTo("east"))
            .body("customerName", containsString("商机测试"))
            .body("lineItems.size()", equalTo(0))
            .body("closedAt", nullValue())
            .extract();
    String id = created.path("id");
    assertThat(created.header("Location")).endsWith("/api/v1/opportunities/" + id);

    for (TestUsers reader :
        List.of(TestUsers.LI, TestUsers.WANG, TestUsers.CHEN, TestUsers.ADMIN)) {
      as(reader).get("/api/v1/opportunities/" + id).then().statusCode(200).header("ETag", "\"0\"");
    }
    for (TestUsers outsider : List.of(TestUsers.HAN, TestUsers.ZHANG, TestUsers.ZHOU)) {
      as(outsider).get("/api/v1/opportunities/" + id).then().statusCode(404);
      as(outsider).get("/api/v1/opportunities/" + id + "/stage-history").then().statusCode(404);
      as(outsider).get("/api/v1/opportunities/" + id + "/history").then().statusCode(404);
    }
    as(TestUsers.ZHAO).get("/api/v1/opportunities/" + id).then().statusCode(403);
    as(TestUsers.CHEN)
        .body(opportunity("Service may not"))
        .post("/api/v1/opportunities")
        .then()
        .statusCode(403);
    // A customer the caller does not see is not there for them.
    as(TestUsers.HAN)
        .body(opportunity("Not mine"))
        .post("/api/v1/opportunities")
        .then()
        .statusCode(404);
    as(TestUsers.LI).get("/api/v1/opportunities/" + UUID.randomUUID()).then().statusCode(404);
  }

  @Test
  void lineItems_arePricedFromTheCatalogue_andTotalExactlyRoundedOncePerLine() {
    String service = product("1999.50", true);
    String hours = product("10.00", true);
    Map<String, Object> body = opportunity("Implementation");
    body.put(
        "lineItems",
        List.of(
            Map.of("productId", service, "quantity", "3", "discount", "10"),
            Map.of("productId", hours, "quantity", "0.333", "unitPrice", money("10.01"))));
    var opened = open(TestUsers.LI, body);
    // 3 × 1999.50 × 90 % = 5398.65; 0.333 × 10.01 = 3.33333 → 3.33; the amount is their sum.
    assertThat(opened.getString("lineItems[0].total.amount")).isEqualTo("5398.65");
    assertThat(opened.getString("lineItems[0].discountAmount.amount")).isEqualTo("599.85");
    assertThat(opened.getString("lineItems[0].unitPrice.amount")).isEqualTo("1999.50");
    assertThat(opened.getString("lineItems[0].name")).isEqualTo("实施服务 Implementation");
    assertThat(opened.getString("lineItems[1].total.amount")).isEqualTo("3.33");
    assertThat(opened.getString("lineItems[1].quantity")).isEqualTo("0.333");
    assertThat(opened.getString("amount.amount")).isEqualTo("5401.98");

    // A later price change leaves the line as it was sold.
    as(TestUsers.ADMIN)
        .header("If-Match", "\"0\"")
        .contentType(Api.MERGE_PATCH)
        .body(Map.of("listPrice", money("2500.00"), "name", "Renamed"))
        .patch("/api/v1/products/" + service)
        .then()
        .statusCode(200);
    as(TestUsers.LI)
        .get("/api/v1/opportunities/" + opened.getString("id"))
        .then()
        .body("lineItems[0].unitPrice.amount", equalTo("1999.50"))
        .body("lineItems[0].name", equalTo("实施服务 Implementation"));
  }

  @Test
  void badValues_areRefusedPerField_andNothingIsOpened() {
    String retired = product("5.00", false);
    String active = product("5.00", true);
    Map<String, Object> both = opportunity("Both");
    both.put("amount", money("1.00"));
    both.put("lineItems", List.of(Map.of("productId", active, "quantity", "1")));
    assertRefused(both, 422, "deal.value-invalid", "amount");
    assertRefused(
        with("lineItems", List.of(Map.of("productId", retired, "quantity", "1"))),
        409,
        "product.inactive",
        null);
    assertRefused(
        with("lineItems", List.of(Map.of("productId", UUID.randomUUID(), "quantity", "1"))),
        422,
        "line.product-unknown",
        "lineItems[0].productId");
    assertRefused(
        with("lineItems", List.of(Map.of("productId", active, "quantity", "0"))),
        422,
        "quantity.invalid",
        "lineItems[0].quantity");
    assertRefused(
        with(
            "lineItems",
            List.of(
                Map.of("productId", active, "quantity", "1"),
                Map.of("productId", active, "quantity", "1", "unitPrice", money("1.001")))),
        422,
        "money.invalid",
        "lineItems[1].unitPrice.amount");
    assertRefused(
        with("lineItems", List.of(Map.of("productId", active, "quantity", "1", "discount", "101"))),
        422,
        "percent.invalid",
        "lineItems[0].discount");
    assertRefused(with("amount", money("-1.00")), 422, "deal.value-invalid", "amount");
    assertRefused(
        with("amount", Map.of("amount", 5, "currency", "CNY")), 400, "request.invalid", null);
    assertRefused(with("expectedCloseDate", "2027-02-30"), 400, "request.invalid", null);
    assertRefused(with("pipelineId", UUID.randomUUID()), 422, "pipeline.unknown", "pipelineId");
    assertRefused(with("stageId", UUID.randomUUID()), 422, "pipeline.stage-unknown", "stageId");
    assertRefused(with("stageId", WON), 422, "opportunity.closed-stage", "stageId");
    assertRefused(with("name", " "), 422, "value.required", "name");
    assertRefused(with("unexpected", 1), 400, "request.invalid", null);

    Map<String, Object> noCustomer = opportunity("No customer");
    noCustomer.remove("customerId");
    assertRefused(noCustomer, 400, "request.invalid", null);

    assertThat(
            as(TestUsers.LI)
                .queryParam("customerId", customer)
                .get("/api/v1/opportunities")
                .then()
                .statusCode(200)
                .extract()
                .<List<?>>path("items"))
        .isEmpty();
  }

  private Map<String, Object> with(String field, Object value) {
    Map<String, Object> body = opportunity("Refused");
    body.put(field, value);
    return body;
  }

  private static void assertRefused(
      Map<String, Object> body, int status, String code, String field) {
    var response =
        as(TestUsers.LI)
            .body(body)
            .post("/api/v1/opportunities")
            .then()
            .statusCode(status)
            .contentType("application/problem+json")
            .body("code", equalTo(code));
    if (field != null) {
      response.body("errors[0].field", equalTo(field));
    }
  }

  @Test
  void enteringAStage_needsWhatItRequires_movesAreRecorded_winLoseReopen() {
    String id = open(TestUsers.LI, opportunity("Through the pipeline")).getString("id");
    String path = "/api/v1/opportunities/" + id;

    as(TestUsers.LI)
        .body(Map.of("stageId", PROPOSAL))
        .post(path + "/stage")
        .then()
        .statusCode(422)
        .body("code", equalTo("opportunity.stage-requirements"))
        .body("errors.field", equalTo(List.of("amount", "expectedCloseDate")));

    as(TestUsers.LI)
        .contentType(Api.MERGE_PATCH)
        .body(Map.of("amount", money("200000.00"), "expectedCloseDate", "2027-06-30"))
        .patch(path)
        .then()
        .statusCode(428);
    as(TestUsers.LI)
        .header("If-Match", "\"0\"")
        .contentType(Api.MERGE_PATCH)
        .body(Map.of("amount", money("200000.00"), "expectedCloseDate", "2027-06-30"))
        .patch(path)
        .then()
        .statusCode(200)
        .header("ETag", "\"1\"");
    as(TestUsers.LI)
        .header("If-Match", "\"0\"")
        .body(Map.of("stageId", PROPOSAL))
        .post(path + "/stage")
        .then()
        .statusCode(412);
    as(TestUsers.LI)
        .header("If-Match", "\"1\"")
        .body(Map.of("stageId", PROPOSAL))
        .post(path + "/stage")
        .then()
        .statusCode(200)
        .body("stageName", equalTo("Proposal"))
        .body("weightedAmount.amount", equalTo("100000.00"));
    // Still needed where it is: the amount cannot be cleared in the proposal stage.
    as(TestUsers.LI)
        .header("If-Match", "\"2\"")
        .contentType(Api.MERGE_PATCH)
        .body("{\"amount\":null}")
        .patch(path)
        .then()
        .statusCode(422)
        .body("errors.field", equalTo(List.of("amount")));
    // Backwards is allowed, and so is skipping.
    as(TestUsers.LI)
        .body(Map.of("stageId", QUALIFICATION))
        .post(path + "/stage")
        .then()
        .statusCode(200);
    as(TestUsers.LI)
        .body(Map.of("stageId", WON))
        .post(path + "/stage")
        .then()
        .statusCode(422)
        .body("code", equalTo("opportunity.closed-stage"));
    as(TestUsers.LI)
        .body(Map.of("stageId", UUID.randomUUID()))
        .post(path + "/stage")
        .then()
        .statusCode(422)
        .body("code", equalTo("pipeline.stage-unknown"));

    as(TestUsers.LI)
        .post(path + "/win")
        .then()
        .statusCode(200)
        .body("status", equalTo("WON"))
        .body("stageName", equalTo("Won"))
        .body("closedAt", notNullValue())
        .body("weightedAmount.amount", equalTo("200000.00"));
    as(TestUsers.LI)
        .post(path + "/win")
        .then()
        .statusCode(409)
        .body("code", equalTo("opportunity.not-open"));
    as(TestUsers.LI)
        .header("If-Match", "\"4\"")
        .contentType(Api.MERGE_PATCH)
        .body(Map.of("name", "Too late"))
        .patch(path)
        .then()
        .statusCode(409)
        .body("code", equalTo("opportunity.not-open"));
    as(TestUsers.LI)
        .post(path + "/reopen")
        .then()
        .statusCode(403)
        .body("code", equalTo("opportunity.reopen-not-allowed"));
    as(TestUsers.WANG)
        .post(path + "/reopen")
        .then()
        .statusCode(200)
        .body("status", equalTo("OPEN"))
        .body("stageId", equalTo(QUALIFICATION))
        .body("closedAt", nullValue());
    as(TestUsers.WANG)
        .post(path + "/reopen")
        .then()
        .statusCode(409)
        .body("code", equalTo("opportunity.not-closed"));

    as(TestUsers.LI)
        .body(Map.of("reason", "We just lost"))
        .post(path + "/lose")
        .then()
        .statusCode(422)
        .body("code", equalTo("opportunity.lost-reason-unknown"))
        .body("errors[0].field", equalTo("reason"));
    as(TestUsers.LI).body(Map.of()).post(path + "/lose").then().statusCode(400);
    as(TestUsers.LI)
        .body(Map.of("reason", "Price"))
        .post(path + "/lose")
        .then()
        .statusCode(200)
        .body("status", equalTo("LOST"))
        .body("lostReason", equalTo("Price"))
        .body("stageName", equalTo("Lost"));

    List<String> visited =
        as(TestUsers.CHEN)
            .get(path + "/stage-history")
            .then()
            .statusCode(200)
            .extract()
            .path("items.stageName");
    assertThat(visited)
        .containsExactly(
            "Qualification", "Proposal", "Qualification", "Won", "Qualification", "Lost");
    var visits = as(TestUsers.LI).get(path + "/stage-history").then().extract().jsonPath();
    assertThat(visits.getString("items[0].leftAt"))
        .isEqualTo(visits.getString("items[1].enteredAt"));
    assertThat(visits.getString("items[5].leftAt")).isNull();

    List<String> actions =
        as(TestUsers.LI)
            .get(path + "/history")
            .then()
            .statusCode(200)
            .extract()
            .path("items.action");
    assertThat(actions)
        .containsExactly(
            "LOST", "REOPENED", "WON", "STAGE_CHANGED", "STAGE_CHANGED", "UPDATED", "CREATED");
  }

  @Test
  void ownersAreNamedByTheRules_andAHandoverMovesTheDealOutOfTheOldOwnersSight() {
    Map<String, Object> forHan = opportunity("For a colleague");
    forHan.put("ownerId", TestUsers.HAN.id);
    as(TestUsers.LI)
        .body(forHan)
        .post("/api/v1/opportunities")
        .then()
        .statusCode(403)
        .body("code", equalTo("customer.owner-change-not-allowed"));
    Map<String, Object> forZhang = opportunity("Other team");
    forZhang.put("ownerId", TestUsers.ZHANG.id);
    as(TestUsers.WANG)
        .body(forZhang)
        .post("/api/v1/opportunities")
        .then()
        .statusCode(403)
        .body("code", equalTo("customer.owner-change-outside-team"));
    Map<String, Object> forNobody = opportunity("Nobody");
    forNobody.put("ownerId", "no.such.user");
    as(TestUsers.ADMIN)
        .body(forNobody)
        .post("/api/v1/opportunities")
        .then()
        .statusCode(422)
        .body("code", equalTo("owner.unknown"));

    // A manager opening one for the team's customer: the customer's rep holds it by default.
    String id = open(TestUsers.WANG, opportunity("Manager opened")).getString("id");
    as(TestUsers.LI)
        .get("/api/v1/opportunities/" + id)
        .then()
        .statusCode(200)
        .body("ownerId", equalTo(TestUsers.LI.id));

    as(TestUsers.LI)
        .header("If-Match", "\"0\"")
        .contentType(Api.MERGE_PATCH)
        .body(Map.of("ownerId", TestUsers.HAN.id))
        .patch("/api/v1/opportunities/" + id)
        .then()
        .statusCode(403);
    as(TestUsers.WANG)
        .header("If-Match", "\"0\"")
        .contentType(Api.MERGE_PATCH)
        .body(Map.of("ownerId", TestUsers.ZHANG.id, "team", "north"))
        .patch("/api/v1/opportunities/" + id)
        .then()
        .statusCode(403)
        .body("code", equalTo("customer.owner-change-outside-team"));
    as(TestUsers.WANG)
        .header("If-Match", "\"0\"")
        .contentType(Api.MERGE_PATCH)
        .body(Map.of("ownerId", TestUsers.HAN.id))
        .patch("/api/v1/opportunities/" + id)
        .then()
        .statusCode(200)
        .body("ownerId", equalTo(TestUsers.HAN.id));
    as(TestUsers.HAN).get("/api/v1/opportunities/" + id).then().statusCode(200);
    as(TestUsers.LI).get("/api/v1/opportunities/" + id).then().statusCode(404);
  }

  @Test
  void theContactsInvolved_areTheCustomersOwn_eachOnce() {
    String contact =
        as(TestUsers.LI)
            .body(Map.of("name", "王总"))
            .post("/api/v1/customers/" + customer + "/contacts")
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    Map<String, Object> body = opportunity("With people");
    body.put("contacts", List.of(Map.of("contactId", contact, "role", "decision maker")));
    var opened = open(TestUsers.LI, body);
    assertThat(opened.getString("contacts[0].role")).isEqualTo("decision maker");

    String stranger =
        as(TestUsers.LI)
            .body(Map.of("name", "Elsewhere"))
            .post(
                "/api/v1/customers/"
                    + createCustomer(TestUsers.LI, uniqueName("Other Ltd"))
                    + "/contacts")
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    assertRefused(
        with("contacts", List.of(Map.of("contactId", stranger))),
        422,
        "opportunity.contact-unknown",
        "contacts[0].contactId");
    assertRefused(
        with("contacts", List.of(Map.of("contactId", contact), Map.of("contactId", contact))),
        422,
        "opportunity.contact-repeated",
        "contacts[1].contactId");
  }

  @Test
  void aStageInUse_cannotBeRemovedFromItsPipeline_sayingHowManyDealsAreInIt() {
    var pipeline =
        PipelineConfigurationTest.create("In use " + UUID.randomUUID().toString().substring(0, 8));
    String pipelineId = pipeline.get("id").toString();
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> stages = (List<Map<String, Object>>) pipeline.get("stages");
    Map<String, Object> body = opportunity("In the custom pipeline");
    body.put("pipelineId", pipelineId);
    body.put("stageId", stages.get(2).get("id"));
    open(TestUsers.LI, body);

    List<Map<String, Object>> withoutCommit =
        List.of(stages.get(0), stages.get(1), stages.get(3), stages.get(4));
    as(TestUsers.ADMIN)
        .header("If-Match", "\"0\"")
        .body(Map.of("name", pipeline.get("name"), "stages", withoutCommit))
        .put("/api/v1/pipelines/" + pipelineId)
        .then()
        .statusCode(409)
        .body("code", equalTo("pipeline.stage-in-use"))
        .body("detail", containsString("holds 1 opportunities"));
  }

  @Test
  void theList_filtersAndSortsInsideTheScope_pageByPage() {
    String other = createCustomer(TestUsers.LI, uniqueName("List Ltd"));
    listCustomer = other;
    for (String[] deal :
        new String[][] {
          {"A", "300.00", "2027-01-15"},
          {"B", "100.00", "2027-02-15"},
          {"C", null, "2027-03-15"},
          {"D", "200.00", null}
        }) {
      Map<String, Object> body = opportunity(deal[0]);
      body.put("customerId", other);
      if (deal[1] != null) {
        body.put("amount", money(deal[1]));
      }
      if (deal[2] != null) {
        body.put("expectedCloseDate", deal[2]);
      }
      open(TestUsers.LI, body);
    }
    assertThat(names("sort", "amount")).containsExactly("C", "B", "D", "A");
    assertThat(names("sort", "-amount")).containsExactly("A", "D", "B", "C");
    assertThat(names("sort", "expectedCloseDate")).containsExactly("A", "B", "C", "D");
    assertThat(names("sort", "-updatedAt")).containsExactly("D", "C", "B", "A");
    assertThat(names("amountMin", "150", "amountMax", "300")).containsExactly("D", "A");
    assertThat(names("amountMin", "150", "amountMax", "300", "sort", "amount"))
        .containsExactly("D", "A");
    assertThat(names("amountMax", "250", "sort", "-amount")).containsExactly("D", "B");
    assertThat(
            names("closeFrom", "2027-02-01", "closeTo", "2027-03-31", "sort", "expectedCloseDate"))
        .containsExactly("B", "C");
    assertThat(names("status", "WON")).isEmpty();
    assertThat(names("stageId", QUALIFICATION, "sort", "amount"))
        .containsExactly("C", "B", "D", "A");
    assertThat(names("stageId", NEEDS_ANALYSIS)).isEmpty();

    // Pages of two in the amount order, then the cursor of another order is refused.
    var first =
        as(TestUsers.LI)
            .queryParam("customerId", other)
            .queryParam("sort", "-amount")
            .queryParam("limit", 2)
            .get("/api/v1/opportunities")
            .then()
            .statusCode(200)
            .extract();
    String cursor = first.path("nextCursor");
    assertThat(first.<List<String>>path("items.name")).containsExactly("A", "D");
    List<String> second =
        as(TestUsers.LI)
            .queryParam("customerId", other)
            .queryParam("sort", "-amount")
            .queryParam("limit", 2)
            .queryParam("cursor", cursor)
            .get("/api/v1/opportunities")
            .then()
            .statusCode(200)
            .extract()
            .path("items.name");
    assertThat(second).containsExactly("B", "C");
    // Every order pages on, the deal without a close date last by close date.
    for (String order : List.of("expectedCloseDate", "-expectedCloseDate", "amount", "updatedAt")) {
      List<String> paged =
          Api.allPages(
              () ->
                  as(TestUsers.LI)
                      .queryParam("customerId", other)
                      .queryParam("sort", order)
                      .queryParam("limit", 1),
              "/api/v1/opportunities",
              "items.name");
      assertThat(paged).as(order).hasSize(4).containsExactlyElementsOf(names("sort", order));
    }
    assertThat(names("sort", "expectedCloseDate")).last().isEqualTo("D");
    as(TestUsers.LI)
        .queryParam("sort", "amount")
        .queryParam("cursor", cursor)
        .get("/api/v1/opportunities")
        .then()
        .statusCode(422)
        .body("code", equalTo("page.cursor-invalid"));

    // Inside the scope: the team's manager sees them, a colleague does not.
    assertThat(namesAs(TestUsers.WANG, other)).hasSize(4);
    assertThat(namesAs(TestUsers.HAN, other)).isEmpty();
    assertThat(namesAs(TestUsers.ZHOU, other)).isEmpty();

    for (String[] bad :
        new String[][] {
          {"closeFrom", "tomorrow"},
          {"amountMin", "1e3"},
          {"sort", "name"},
          {"status", "MAYBE"},
          {"customerId", "42"},
          {"currency", "yuan"}
        }) {
      as(TestUsers.LI)
          .queryParam(bad[0], bad[1])
          .get("/api/v1/opportunities")
          .then()
          .statusCode(400)
          .body("errors[0].field", equalTo(bad[0]));
    }
    as(TestUsers.LI)
        .queryParam("amountMin", "10")
        .queryParam("amountMax", "5")
        .get("/api/v1/opportunities")
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("amountMax"));
    as(TestUsers.ZHAO).get("/api/v1/opportunities").then().statusCode(403);
  }

  private List<String> names(String... params) {
    var request = as(TestUsers.LI);
    for (int i = 0; i < params.length; i += 2) {
      request.queryParam(params[i], params[i + 1]);
    }
    return request
        .queryParam("customerId", listCustomer)
        .get("/api/v1/opportunities")
        .then()
        .statusCode(200)
        .extract()
        .path("items.name");
  }

  /** The customer whose deals {@link #names} lists. */
  private String listCustomer;

  private List<String> namesAs(TestUsers user, String customerId) {
    return as(user)
        .queryParam("customerId", customerId)
        .get("/api/v1/opportunities")
        .then()
        .statusCode(200)
        .extract()
        .path("items.name");
  }

  @Test
  void followUps_loggedOnAnOpportunity_showInItsLogAndItsCustomers() {
    String id = open(TestUsers.LI, opportunity("Followed up")).getString("id");
    String path = "/api/v1/opportunities/" + id + "/follow-ups";
    Map<String, Object> call = Map.of("type", "CALL", "content", "Discussed the quote");
    as(TestUsers.LI)
        .body(call)
        .post(path)
        .then()
        .statusCode(201)
        .body("opportunityId", equalTo(id))
        .body("customerId", equalTo(customer))
        .body("authorId", equalTo(TestUsers.LI.id));
    as(TestUsers.CHEN)
        .body(Map.of("type", "VISIT", "content", "Service visit"))
        .post(path)
        .then()
        .statusCode(201);

    List<String> logged =
        as(TestUsers.WANG).get(path).then().statusCode(200).extract().path("items.content");
    assertThat(logged).containsExactly("Service visit", "Discussed the quote");
    List<String> ofCustomer =
        as(TestUsers.LI)
            .get("/api/v1/customers/" + customer + "/follow-ups")
            .then()
            .statusCode(200)
            .extract()
            .path("items.content");
    assertThat(ofCustomer).contains("Discussed the quote", "Service visit");

    as(TestUsers.HAN).body(call).post(path).then().statusCode(404);
    as(TestUsers.HAN).get(path).then().statusCode(404);
    as(TestUsers.ZHAO).get(path).then().statusCode(403);
    as(TestUsers.LI).body(Map.of("type", "CALL")).post(path).then().statusCode(400);
    as(TestUsers.LI)
        .body(call)
        .post("/api/v1/opportunities/" + UUID.randomUUID() + "/follow-ups")
        .then()
        .statusCode(404);
  }

  @Test
  void everyCommand_onAnotherTeamsDeal_findsNothing_andMalformedBodiesAreBadRequests() {
    String id = open(TestUsers.LI, opportunity("Not yours")).getString("id");
    String path = "/api/v1/opportunities/" + id;
    for (TestUsers outsider : List.of(TestUsers.ZHANG, TestUsers.HAN)) {
      as(outsider)
          .body(Map.of("stageId", NEEDS_ANALYSIS))
          .post(path + "/stage")
          .then()
          .statusCode(404);
      as(outsider).post(path + "/win").then().statusCode(404);
      as(outsider).body(Map.of("reason", "Price")).post(path + "/lose").then().statusCode(404);
      as(outsider)
          .header("If-Match", "\"0\"")
          .contentType(Api.MERGE_PATCH)
          .body(Map.of("name", "Mine now"))
          .patch(path)
          .then()
          .statusCode(404);
    }
    as(TestUsers.ZHOU).post(path + "/reopen").then().statusCode(404);
    as(TestUsers.LI)
        .body(Map.of("stageId", "not-a-uuid"))
        .post(path + "/stage")
        .then()
        .statusCode(400);
    as(TestUsers.LI).body(Map.of()).post(path + "/stage").then().statusCode(400);
    as(TestUsers.LI).body(Map.of("reason", 7)).post(path + "/lose").then().statusCode(400);
    as(TestUsers.LI)
        .header("If-Match", "\"0\"")
        .contentType(Api.MERGE_PATCH)
        .body(Map.of("expectedCloseDate", "someday"))
        .patch(path)
        .then()
        .statusCode(400);
    as(TestUsers.LI)
        .header("If-Match", "\"0\"")
        .contentType(Api.MERGE_PATCH)
        .body(Map.of("amount", Map.of("amount", "-5.00", "currency", "CNY")))
        .patch(path)
        .then()
        .statusCode(422)
        .body("errors[0].field", equalTo("amount"));
    as(TestUsers.LI).get(path).then().statusCode(200).header("ETag", "\"0\"");
  }

  @Test
  void aRetriedOpen_withTheSameIdempotencyKey_opensOneOpportunity() {
    String key = UUID.randomUUID().toString();
    Map<String, Object> body = opportunity("Retried");
    String first =
        as(TestUsers.LI)
            .header("Idempotency-Key", key)
            .body(body)
            .post("/api/v1/opportunities")
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    String retry =
        as(TestUsers.LI)
            .header("Idempotency-Key", key)
            .body(body)
            .post("/api/v1/opportunities")
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    assertThat(retry).isEqualTo(first);
  }
}
