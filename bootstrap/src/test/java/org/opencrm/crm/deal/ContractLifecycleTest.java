package org.opencrm.crm.deal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
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

/**
 * Contracts over HTTP: drafted with a generated number, approved by the rules, paid and invoiced
 * exactly, in scope. The default rules: above 100 000 CNY a manager of the team, above 1 000 000 an
 * admin too.
 */
@QuarkusTest
@WithTestResource(CrmTestResources.class)
class ContractLifecycleTest {

  private String customer;

  @BeforeEach
  void aCustomerOfLi() {
    customer = createCustomer(TestUsers.LI, uniqueName("合同测试 Contract Ltd"));
  }

  static Map<String, Object> money(String amount) {
    return Map.of("amount", amount, "currency", "CNY");
  }

  private Map<String, Object> contract(String amount) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("customerId", customer);
    body.put("title", "ERP licences");
    body.put("amount", money(amount));
    body.put("startsOn", "2027-01-01");
    body.put("endsOn", "2027-12-31");
    return body;
  }

  private JsonPath draft(TestUsers user, Map<String, Object> body) {
    return as(user)
        .body(body)
        .post("/api/v1/contracts")
        .then()
        .statusCode(201)
        .extract()
        .jsonPath();
  }

  @Test
  void aDraft_getsTheNextNumberOfItsMonth_andASmallOneComesIntoForceOnSubmission() {
    var first = draft(TestUsers.LI, contract("50000.00"));
    var second = draft(TestUsers.LI, contract("60000.00"));
    String number = first.getString("number");
    assertThat(number).matches("HT-\\d{6}-\\d{5}");
    long sequence = Long.parseLong(number.substring(number.lastIndexOf('-') + 1));
    assertThat(second.getString("number"))
        .isEqualTo(
            number.substring(0, number.lastIndexOf('-') + 1) + String.format("%05d", sequence + 1));
    assertThat(first.getString("status")).isEqualTo("DRAFT");
    assertThat(first.getString("ownerId")).isEqualTo(TestUsers.LI.id);
    assertThat(first.getString("customerName")).contains("合同测试");
    assertThat(first.getString("receivable")).isNull();

    String id = first.getString("id");
    as(TestUsers.LI)
        .post("/api/v1/contracts/" + id + "/submit")
        .then()
        .statusCode(200)
        .body("status", equalTo("ACTIVE"))
        .body("approval.levels.size()", equalTo(0))
        .body("receivable.contracted.amount", equalTo("50000.00"))
        .body("receivable.installments[0].dueOn", equalTo("2027-01-01"))
        .body("receivable.outstanding.amount", equalTo("50000.00"));
    as(TestUsers.LI)
        .post("/api/v1/contracts/" + id + "/submit")
        .then()
        .statusCode(409)
        .body("code", equalTo("contract.not-draft"));

    for (TestUsers reader : List.of(TestUsers.WANG, TestUsers.CHEN, TestUsers.ADMIN)) {
      as(reader).get("/api/v1/contracts/" + id).then().statusCode(200);
    }
    for (TestUsers outsider : List.of(TestUsers.HAN, TestUsers.ZHANG, TestUsers.ZHOU)) {
      as(outsider).get("/api/v1/contracts/" + id).then().statusCode(404);
      as(outsider).post("/api/v1/contracts/" + id + "/complete").then().statusCode(404);
    }
    as(TestUsers.ZHAO).get("/api/v1/contracts/" + id).then().statusCode(403);
    as(TestUsers.CHEN).body(contract("1.00")).post("/api/v1/contracts").then().statusCode(403);
    as(TestUsers.HAN).body(contract("1.00")).post("/api/v1/contracts").then().statusCode(404);
  }

  @Test
  void aLargeContract_waitsInTheApproversQueues_managerThenAdmin_neverItsOwner() {
    String id = draft(TestUsers.LI, contract("1500000.00")).getString("id");
    String path = "/api/v1/contracts/" + id;
    as(TestUsers.LI)
        .post(path + "/submit")
        .then()
        .statusCode(200)
        .body("status", equalTo("PENDING_APPROVAL"))
        .body("approval.levels", equalTo(List.of("TEAM_MANAGER", "ADMIN")))
        .body("approval.pendingLevel", equalTo("TEAM_MANAGER"));

    assertThat(queue(TestUsers.WANG)).contains(id);
    assertThat(queue(TestUsers.ZHOU)).doesNotContain(id);
    as(TestUsers.LI).get("/api/v1/approvals").then().statusCode(403);
    as(TestUsers.LI)
        .body(Map.of("comment", "mine"))
        .post(path + "/approve")
        .then()
        .statusCode(403)
        .body("code", equalTo("contract.approve-not-allowed"));
    as(TestUsers.ZHOU).body(Map.of()).post(path + "/approve").then().statusCode(404);

    as(TestUsers.WANG)
        .body(Map.of("comment", "Discount agreed"))
        .post(path + "/approve")
        .then()
        .statusCode(200)
        .body("status", equalTo("PENDING_APPROVAL"))
        .body("approval.pendingLevel", equalTo("ADMIN"))
        .body("approval.decisions[0].by", equalTo(TestUsers.WANG.id))
        .body("approval.decisions[0].comment", equalTo("Discount agreed"));
    assertThat(queue(TestUsers.WANG)).doesNotContain(id);
    assertThat(queue(TestUsers.ADMIN)).contains(id);
    as(TestUsers.WANG)
        .body(Map.of())
        .post(path + "/approve")
        .then()
        .statusCode(403)
        .body("code", equalTo("approval.not-approver"));
    as(TestUsers.ADMIN)
        .body(Map.of())
        .post(path + "/reject")
        .then()
        .statusCode(422)
        .body("errors[0].field", equalTo("comment"));
    as(TestUsers.ADMIN)
        .body(Map.of("comment", "Payment terms too long"))
        .post(path + "/reject")
        .then()
        .statusCode(200)
        .body("status", equalTo("DRAFT"))
        .body("rejection", equalTo("Payment terms too long"));
    as(TestUsers.ADMIN)
        .body(Map.of())
        .post(path + "/approve")
        .then()
        .statusCode(409)
        .body("code", equalTo("approval.not-pending"));

    List<String> actions =
        as(TestUsers.LI)
            .get(path + "/history")
            .then()
            .statusCode(200)
            .extract()
            .path("items.action");
    assertThat(actions).containsExactly("REJECTED", "APPROVED", "SUBMITTED", "CREATED");
  }

  @Test
  void anOwner_whoIsAManager_cannotApproveTheirOwnContract() {
    String wangs = createCustomer(TestUsers.WANG, uniqueName("Manager's own Ltd"));
    Map<String, Object> body = contract("200000.00");
    body.put("customerId", wangs);
    String id = draft(TestUsers.WANG, body).getString("id");
    as(TestUsers.WANG).post("/api/v1/contracts/" + id + "/submit").then().statusCode(200);
    assertThat(queue(TestUsers.WANG)).doesNotContain(id);
    as(TestUsers.WANG)
        .body(Map.of())
        .post("/api/v1/contracts/" + id + "/approve")
        .then()
        .statusCode(403)
        .body("code", equalTo("approval.own-contract"));
  }

  @Test
  void paymentsFollowThePlan_exactlyToTheCent_neverBeyondWhatIsDue_andAreReversedNotEdited() {
    String id = draft(TestUsers.LI, contract("1000.01")).getString("id");
    String path = "/api/v1/contracts/" + id;
    as(TestUsers.LI)
        .body(
            Map.of(
                "installments",
                List.of(installment("2027-01-31", "400.00"), installment("2027-02-28", "600.00"))))
        .put(path + "/payment-plan")
        .then()
        .statusCode(422)
        .body("code", equalTo("payment-plan.sum-mismatch"))
        .body("detail", containsString("1000.01"));
    as(TestUsers.LI)
        .body(
            Map.of(
                "installments",
                List.of(installment("2027-01-31", "400.00"), installment("2027-02-28", "600.01"))))
        .put(path + "/payment-plan")
        .then()
        .statusCode(200)
        .body("receivable.installments.size()", equalTo(2));
    as(TestUsers.LI)
        .body(payment("100.00"))
        .post(path + "/payments")
        .then()
        .statusCode(409)
        .body("code", equalTo("contract.not-active"));
    as(TestUsers.LI)
        .post(path + "/submit")
        .then()
        .statusCode(200)
        .body("status", equalTo("ACTIVE"));

    as(TestUsers.LI)
        .body(payment("500.00"))
        .post(path + "/payments")
        .then()
        .statusCode(201)
        .body("receivable.received.amount", equalTo("500.00"))
        .body("receivable.outstanding.amount", equalTo("500.01"))
        .body("receivable.installments[0].paid.amount", equalTo("400.00"))
        .body("receivable.installments[1].paid.amount", equalTo("100.00"));
    as(TestUsers.LI)
        .body(payment("500.02"))
        .post(path + "/payments")
        .then()
        .statusCode(422)
        .body("code", equalTo("payment.over-outstanding"))
        .body("errors[0].field", equalTo("amount"));
    as(TestUsers.LI)
        .body(payment("0.001"))
        .post(path + "/payments")
        .then()
        .statusCode(422)
        .body("code", equalTo("money.invalid"))
        .body("errors[0].field", equalTo("amount.amount"));
    var second =
        as(TestUsers.LI)
            .body(payment("500.01"))
            .post(path + "/payments")
            .then()
            .statusCode(201)
            .body("receivable.outstanding.amount", equalTo("0.00"))
            .extract()
            .jsonPath();
    String paymentId = second.getString("receivable.payments[0].id");

    as(TestUsers.LI)
        .body(Map.of("installments", List.of(installment("2027-03-31", "1000.01"))))
        .put(path + "/payment-plan")
        .then()
        .statusCode(409)
        .body("code", equalTo("payment-plan.paid-against"));
    as(TestUsers.LI)
        .body(Map.of("reason", "Bounced"))
        .post(path + "/payments/" + paymentId + "/reverse")
        .then()
        .statusCode(200)
        .body("receivable.received.amount", equalTo("500.01"))
        .body("receivable.payments[0].reversed", equalTo(true))
        .body("receivable.payments[0].reversalReason", equalTo("Bounced"))
        .body("receivable.installments[0].paid.amount", equalTo("400.00"))
        .body("receivable.installments[1].paid.amount", equalTo("100.01"));
    as(TestUsers.LI)
        .body(Map.of("reason", "Again"))
        .post(path + "/payments/" + paymentId + "/reverse")
        .then()
        .statusCode(409)
        .body("code", equalTo("payment.already-reversed"));
    as(TestUsers.LI)
        .body(Map.of("reason", "No such"))
        .post(path + "/payments/" + UUID.randomUUID() + "/reverse")
        .then()
        .statusCode(404);
    as(TestUsers.HAN).body(payment("1.00")).post(path + "/payments").then().statusCode(404);

    List<String> actions =
        as(TestUsers.LI).get(path + "/history").then().extract().path("items.action");
    assertThat(actions)
        .containsExactly(
            "PAYMENT_REVERSED",
            "PAYMENT_RECEIVED",
            "PAYMENT_RECEIVED",
            "SUBMITTED",
            "PAYMENT_PLAN_SET",
            "CREATED");
  }

  @Test
  void invoices_neverExceedTheContractAmount_andTheirNumbersAreUnique() {
    String id = draft(TestUsers.LI, contract("1000.00")).getString("id");
    String path = "/api/v1/contracts/" + id;
    String number = "FP-" + UUID.randomUUID().toString().substring(0, 8);
    as(TestUsers.LI)
        .body(invoice(number, "1.00"))
        .post(path + "/invoices")
        .then()
        .statusCode(409)
        .body("code", equalTo("contract.not-active"));
    as(TestUsers.LI).post(path + "/submit").then().statusCode(200);
    as(TestUsers.LI)
        .body(invoice(number, "999.99"))
        .post(path + "/invoices")
        .then()
        .statusCode(201)
        .body("receivable.invoiced.amount", equalTo("999.99"))
        .body("receivable.invoices[0].type", equalTo("VAT_SPECIAL"));
    as(TestUsers.LI)
        .body(invoice(number + "-2", "0.02"))
        .post(path + "/invoices")
        .then()
        .statusCode(422)
        .body("code", equalTo("invoice.over-contract-amount"))
        .body("detail", containsString("0.01"));
    String other = draft(TestUsers.LI, contract("10.00")).getString("id");
    as(TestUsers.LI).post("/api/v1/contracts/" + other + "/submit").then().statusCode(200);
    as(TestUsers.LI)
        .body(invoice(number, "1.00"))
        .post("/api/v1/contracts/" + other + "/invoices")
        .then()
        .statusCode(409)
        .body("code", equalTo("invoice.number-taken"));
    as(TestUsers.LI)
        .get("/api/v1/contracts/" + other)
        .then()
        .body("receivable.invoices.size()", equalTo(0));
  }

  @Test
  void theSameDealTwice_isRefusedWithTheCandidates_unlessAManagerLetsItInWithAReason() {
    Map<String, Object> body = contract("88888.00");
    body.put("signedOn", "2026-11-30");
    String first = draft(TestUsers.LI, body).getString("id");
    as(TestUsers.LI)
        .body(body)
        .post("/api/v1/contracts")
        .then()
        .statusCode(409)
        .body("code", equalTo("contract.duplicate"))
        .body("duplicateContracts[0].id", equalTo(first))
        .body("duplicateContracts[0].visible", equalTo(true));
    as(TestUsers.LI)
        .queryParam("allowDuplicate", "true")
        .queryParam("duplicateReason", "A second order")
        .body(body)
        .post("/api/v1/contracts")
        .then()
        .statusCode(403)
        .body("code", equalTo("contract.duplicate-override-not-allowed"));
    // Another rep's contract is disclosed only as existing.
    Map<String, Object> forHan = new LinkedHashMap<>(body);
    as(TestUsers.ADMIN)
        .header("If-Match", "\"0\"")
        .contentType(Api.MERGE_PATCH)
        .body(Map.of("ownerId", TestUsers.HAN.id))
        .patch("/api/v1/contracts/" + first)
        .then()
        .statusCode(200);
    as(TestUsers.LI)
        .body(forHan)
        .post("/api/v1/contracts")
        .then()
        .statusCode(409)
        .body("duplicateContracts[0].visible", equalTo(false))
        .body("duplicateContracts[0].id", nullValue())
        .body("duplicateContracts[0].number", nullValue());
    String second =
        as(TestUsers.WANG)
            .queryParam("allowDuplicate", "true")
            .queryParam("duplicateReason", "A second, separate order")
            .body(body)
            .post("/api/v1/contracts")
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    as(TestUsers.WANG)
        .get("/api/v1/contracts/" + second + "/history")
        .then()
        .body("items[0].reason", equalTo("A second, separate order"));

    Map<String, Object> sameNumber = contract("1.00");
    sameNumber.put(
        "number",
        as(TestUsers.ADMIN).get("/api/v1/contracts/" + first).then().extract().path("number"));
    as(TestUsers.LI)
        .body(sameNumber)
        .post("/api/v1/contracts")
        .then()
        .statusCode(409)
        .body("code", equalTo("contract.number-taken"));
  }

  @Test
  void badInput_isRefusedPerField_andOnlyADraftIsRevised() {
    assertRefused(with("amount", money("-1.00")), 422, "deal.value-invalid", "amount");
    Map<String, Object> noValue = contract("1.00");
    noValue.remove("amount");
    assertRefused(noValue, 422, "contract.value-required", "amount");
    assertRefused(with("endsOn", "2026-12-31"), 422, "contract.term-invalid", "endsOn");
    assertRefused(with("number", "no spaces allowed"), 422, "contract.number-invalid", "number");
    assertRefused(
        with("attachments", List.of(Map.of("name", "scan", "url", "ftp://files/scan"))),
        422,
        "attachment.invalid",
        "attachments[0].url");
    assertRefused(with("title", " "), 422, "value.required", "title");
    assertRefused(with("opportunityId", UUID.randomUUID()), 404, "record.not-found", null);
    Map<String, Object> noCustomer = contract("1.00");
    noCustomer.remove("customerId");
    assertRefused(noCustomer, 422, "value.required", "customerId");
    assertRefused(with("signedOn", "yesterday"), 400, "request.invalid", null);

    String id = draft(TestUsers.LI, contract("1000.00")).getString("id");
    String path = "/api/v1/contracts/" + id;
    as(TestUsers.LI)
        .contentType(Api.MERGE_PATCH)
        .body(Map.of("title", "Renamed"))
        .patch(path)
        .then()
        .statusCode(428);
    as(TestUsers.LI)
        .header("If-Match", "\"0\"")
        .contentType(Api.MERGE_PATCH)
        .body(Map.of("title", "Renamed", "amount", money("1200.00")))
        .patch(path)
        .then()
        .statusCode(200)
        .header("ETag", "\"1\"")
        .body("amount.amount", equalTo("1200.00"));
    as(TestUsers.LI)
        .header("If-Match", "\"0\"")
        .contentType(Api.MERGE_PATCH)
        .body(Map.of("title", "Stale"))
        .patch(path)
        .then()
        .statusCode(412);
    as(TestUsers.LI).header("If-Match", "\"0\"").post(path + "/submit").then().statusCode(412);
    as(TestUsers.LI).post(path + "/submit").then().statusCode(200);
    as(TestUsers.LI)
        .header("If-Match", "\"2\"")
        .contentType(Api.MERGE_PATCH)
        .body(Map.of("title", "Too late"))
        .patch(path)
        .then()
        .statusCode(409)
        .body("code", equalTo("contract.not-draft"));
    as(TestUsers.LI).body(Map.of()).post(path + "/terminate").then().statusCode(400);
    as(TestUsers.LI)
        .body(Map.of("reason", "Customer insolvent"))
        .post(path + "/terminate")
        .then()
        .statusCode(200)
        .body("status", equalTo("TERMINATED"))
        .body("terminationReason", equalTo("Customer insolvent"));
    as(TestUsers.LI).post(path + "/complete").then().statusCode(409);
  }

  private Map<String, Object> with(String field, Object value) {
    Map<String, Object> body = contract("1.00");
    body.put(field, value);
    return body;
  }

  private static void assertRefused(
      Map<String, Object> body, int status, String code, String field) {
    var response =
        as(TestUsers.LI)
            .body(body)
            .post("/api/v1/contracts")
            .then()
            .statusCode(status)
            .contentType("application/problem+json");
    if (code != null && status != 404) {
      response.body("code", equalTo(code));
    }
    if (field != null) {
      response.body("errors[0].field", equalTo(field));
    }
  }

  @Test
  void aWonOpportunity_becomesADraftWithItsValue_andTheListFiltersByStatus() {
    Map<String, Object> deal = new LinkedHashMap<>();
    deal.put("customerId", customer);
    deal.put("name", "Won deal");
    deal.put("amount", money("7777.77"));
    String opportunity =
        as(TestUsers.LI)
            .body(deal)
            .post("/api/v1/opportunities")
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    as(TestUsers.LI).post("/api/v1/opportunities/" + opportunity + "/win").then().statusCode(200);
    var drafted = draft(TestUsers.LI, Map.of("opportunityId", opportunity));
    assertThat(drafted.getString("title")).isEqualTo("Won deal");
    assertThat(drafted.getString("amount.amount")).isEqualTo("7777.77");
    assertThat(drafted.getString("customerId")).isEqualTo(customer);
    assertThat(drafted.getString("opportunityId")).isEqualTo(opportunity);

    String other = createCustomer(TestUsers.LI, uniqueName("Mismatch Ltd"));
    as(TestUsers.LI)
        .body(
            Map.of(
                "opportunityId",
                opportunity,
                "customerId",
                other,
                "title",
                "x",
                "amount",
                money("1.00")))
        .post("/api/v1/contracts")
        .then()
        .statusCode(422)
        .body("code", equalTo("contract.opportunity-mismatch"));

    List<String> drafts =
        as(TestUsers.LI)
            .queryParam("customerId", customer)
            .queryParam("status", "DRAFT")
            .get("/api/v1/contracts")
            .then()
            .statusCode(200)
            .extract()
            .path("items.id");
    assertThat(drafts).containsExactly(drafted.getString("id"));
    as(TestUsers.LI)
        .queryParam("customerId", customer)
        .queryParam("status", "ACTIVE")
        .get("/api/v1/contracts")
        .then()
        .body("items", org.hamcrest.Matchers.empty());
    as(TestUsers.HAN)
        .queryParam("customerId", customer)
        .get("/api/v1/contracts")
        .then()
        .body("items", org.hamcrest.Matchers.empty());
    as(TestUsers.LI).queryParam("status", "MAYBE").get("/api/v1/contracts").then().statusCode(400);
    as(TestUsers.ZHAO).get("/api/v1/contracts").then().statusCode(403);
  }

  @Test
  void theList_pagesNewestFirst_andTheQueueOldestFirst() {
    List<String> drafted = new java.util.ArrayList<>();
    for (String amount : List.of("150001.00", "150002.00", "150003.00")) {
      String id = draft(TestUsers.LI, contract(amount)).getString("id");
      as(TestUsers.LI).post("/api/v1/contracts/" + id + "/submit").then().statusCode(200);
      drafted.add(id);
    }
    List<String> listed =
        Api.allPages(
            () -> as(TestUsers.LI).queryParam("customerId", customer).queryParam("limit", 1),
            "/api/v1/contracts",
            "items.id");
    List<String> newestFirst = new java.util.ArrayList<>(drafted);
    java.util.Collections.reverse(newestFirst);
    assertThat(listed).containsExactlyElementsOf(newestFirst);

    List<String> queued =
        Api.allPages(
            () -> as(TestUsers.WANG).queryParam("limit", 1), "/api/v1/approvals", "items.id");
    assertThat(queued).containsSubsequence(drafted);
  }

  @Test
  void everyCommand_onAnotherTeamsContract_findsNothing_andMalformedBodiesAreBadRequests() {
    String id = draft(TestUsers.LI, contract("1000.00")).getString("id");
    String path = "/api/v1/contracts/" + id;
    for (TestUsers outsider : List.of(TestUsers.ZHANG, TestUsers.HAN)) {
      as(outsider).post(path + "/submit").then().statusCode(404);
      as(outsider)
          .body(Map.of("installments", List.of(installment("2027-01-31", "1000.00"))))
          .put(path + "/payment-plan")
          .then()
          .statusCode(404);
      as(outsider).body(invoice("FP-X", "1.00")).post(path + "/invoices").then().statusCode(404);
      as(outsider).get(path + "/history").then().statusCode(404);
    }
    as(TestUsers.ZHOU).body(Map.of("comment", "ok")).post(path + "/approve").then().statusCode(404);
    as(TestUsers.ZHOU).body(Map.of("comment", "no")).post(path + "/reject").then().statusCode(404);
    as(TestUsers.LI)
        .body(Map.of("installments", List.of(Map.of("dueOn", "soon", "amount", money("1.00")))))
        .put(path + "/payment-plan")
        .then()
        .statusCode(400);
    as(TestUsers.LI)
        .body(Map.of("installments", List.of(installment("2027-01-31", "1000.001"))))
        .put(path + "/payment-plan")
        .then()
        .statusCode(422)
        .body("errors[0].field", equalTo("installments[0].amount.amount"));
    as(TestUsers.LI).post(path + "/submit").then().statusCode(200);
    as(TestUsers.LI)
        .body(
            Map.of(
                "number",
                "FP-Y",
                "issuedOn",
                "2026-12-01",
                "amount",
                money("1.00"),
                "type",
                "RECEIPT"))
        .post(path + "/invoices")
        .then()
        .statusCode(400);
    as(TestUsers.LI)
        .body(Map.of("receivedOn", "2026-12-01", "amount", money("0.00"), "method", "cash"))
        .post(path + "/payments")
        .then()
        .statusCode(422)
        .body("code", equalTo("payment.invalid"));
    as(TestUsers.LI).get(path).then().body("receivable.payments.size()", equalTo(0));
  }

  @Test
  void adminsSetTheNumberPatternAndTheApprovalRules() {
    var current =
        as(TestUsers.LI).get("/api/v1/contract-settings").then().statusCode(200).extract();
    long version = ((Number) current.path("version")).longValue();
    Map<String, Object> settings = new LinkedHashMap<>();
    settings.put("numberPattern", "HT{yyyy}-{seq:6}");
    settings.put("managerAbove", money("100000.00"));
    settings.put("adminAbove", money("50000.00"));
    as(TestUsers.ADMIN)
        .header("If-Match", "\"" + version + "\"")
        .body(settings)
        .put("/api/v1/contract-settings")
        .then()
        .statusCode(422)
        .body("code", equalTo("approval-policy.invalid"));
    settings.put("numberPattern", "HT-{MM}-{seq:3}");
    settings.put("adminAbove", money("1000000.00"));
    as(TestUsers.ADMIN)
        .header("If-Match", "\"" + version + "\"")
        .body(settings)
        .put("/api/v1/contract-settings")
        .then()
        .statusCode(422)
        .body("code", equalTo("contract.number-pattern-invalid"));
    // The default pattern again, so that the other tests' numbers keep their shape.
    settings.put("numberPattern", "HT-{yyyy}{MM}-{seq:5}");
    settings.put("managerForDiscountAbove", "20");
    as(TestUsers.WANG)
        .header("If-Match", "\"" + version + "\"")
        .body(settings)
        .put("/api/v1/contract-settings")
        .then()
        .statusCode(403);
    as(TestUsers.ADMIN)
        .header("If-Match", "\"" + version + "\"")
        .body(settings)
        .put("/api/v1/contract-settings")
        .then()
        .statusCode(200)
        .header("ETag", "\"" + (version + 1) + "\"")
        .body("managerForDiscountAbove", equalTo("20.00"))
        .body("updatedBy", equalTo(TestUsers.ADMIN.id));
    as(TestUsers.ADMIN)
        .header("If-Match", "\"" + version + "\"")
        .body(settings)
        .put("/api/v1/contract-settings")
        .then()
        .statusCode(412);
  }

  private static List<String> queue(TestUsers approver) {
    return as(approver)
        .queryParam("limit", 200)
        .get("/api/v1/approvals")
        .then()
        .statusCode(200)
        .extract()
        .path("items.id");
  }

  private static Map<String, Object> installment(String dueOn, String amount) {
    return Map.of("dueOn", dueOn, "amount", money(amount));
  }

  private static Map<String, Object> payment(String amount) {
    return Map.of("receivedOn", "2026-12-01", "amount", money(amount), "method", "bank transfer");
  }

  private static Map<String, Object> invoice(String number, String amount) {
    return Map.of(
        "number", number, "issuedOn", "2026-12-01", "amount", money(amount), "type", "VAT_SPECIAL");
  }
}
