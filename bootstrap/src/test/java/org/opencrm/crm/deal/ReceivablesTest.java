package org.opencrm.crm.deal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencrm.crm.support.Api.as;
import static org.opencrm.crm.support.Api.createCustomer;
import static org.opencrm.crm.support.Api.uniqueName;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.opencrm.crm.support.Api;
import org.opencrm.crm.support.CrmTestResources;
import org.opencrm.crm.support.TestUsers;

/**
 * Receivables over HTTP: a customer's totals, the aging report and what falls due, with payments
 * allocated oldest installment first. Zhang's are the only contracts of team north in the tests, so
 * his figures are exact; due dates lie days away from any bucket's edge, so a test running across
 * midnight still reads the same buckets.
 */
@QuarkusTest
@WithTestResource(CrmTestResources.class)
class ReceivablesTest {

  static Map<String, Object> money(String amount) {
    return Map.of("amount", amount, "currency", "CNY");
  }

  @Test
  void paymentsPayTheOldestInstallmentsFirst_andWhatIsLeftAgesByDaysOverdue() {
    LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
    String customer = createCustomer(TestUsers.ZHANG, uniqueName("应收 Receivable Ltd"));
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("customerId", customer);
    body.put("title", "Maintenance");
    body.put("amount", money("1000.00"));
    body.put("startsOn", today.minusDays(120).toString());
    body.put("endsOn", today.plusDays(20).toString());
    String id =
        as(TestUsers.ZHANG)
            .body(body)
            .post("/api/v1/contracts")
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    String path = "/api/v1/contracts/" + id;
    as(TestUsers.ZHANG)
        .body(
            Map.of(
                "installments",
                List.of(
                    installment(today.minusDays(100), "100.00"),
                    installment(today.minusDays(45), "200.00"),
                    installment(today.minusDays(10), "300.00"),
                    installment(today.plusDays(10), "400.00"))))
        .put(path + "/payment-plan")
        .then()
        .statusCode(200);
    as(TestUsers.ZHANG).post(path + "/submit").then().statusCode(200);
    as(TestUsers.ZHANG)
        .body(
            Map.of(
                "receivedOn",
                today.toString(),
                "amount",
                money("150.00"),
                "method",
                "bank transfer"))
        .post(path + "/payments")
        .then()
        .statusCode(201);
    as(TestUsers.ZHANG)
        .body(
            Map.of(
                "number",
                "FP-R-" + id.substring(0, 8),
                "issuedOn",
                today.toString(),
                "amount",
                money("500.00"),
                "type",
                "VAT_GENERAL"))
        .post(path + "/invoices")
        .then()
        .statusCode(201);

    JsonPath totals =
        as(TestUsers.ZHANG)
            .get("/api/v1/customers/" + customer + "/receivables")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertThat(totals.getString("items[0].contracted.amount")).isEqualTo("1000.00");
    assertThat(totals.getString("items[0].invoiced.amount")).isEqualTo("500.00");
    assertThat(totals.getString("items[0].received.amount")).isEqualTo("150.00");
    assertThat(totals.getString("items[0].outstanding.amount")).isEqualTo("850.00");
    assertThat(totals.getString("items[0].overdue.amount")).isEqualTo("450.00");

    JsonPath aging =
        as(TestUsers.ZHANG)
            .get("/api/v1/receivables/aging")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertThat(aging.getList("items.holder")).containsExactly("zhang.wei");
    assertThat(aging.getString("items[0].notDue.amount")).isEqualTo("400.00");
    assertThat(aging.getString("items[0].days1To30.amount")).isEqualTo("300.00");
    assertThat(aging.getString("items[0].days31To60.amount")).isEqualTo("150.00");
    assertThat(aging.getString("items[0].days61To90.amount")).isEqualTo("0.00");
    assertThat(aging.getString("items[0].over90.amount")).isEqualTo("0.00");
    assertThat(aging.getString("totals[0].total.amount")).isEqualTo("850.00");

    JsonPath byTeam =
        as(TestUsers.ZHOU)
            .queryParam("groupBy", "team")
            .get("/api/v1/receivables/aging")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertThat(byTeam.getList("items.holder")).containsExactly("north");
    assertThat(byTeam.getString("items[0].total.amount")).isEqualTo("850.00");
    assertThat(
            as(TestUsers.WANG)
                .queryParam("groupBy", "team")
                .get("/api/v1/receivables/aging")
                .then()
                .extract()
                .<List<String>>path("items.holder"))
        .doesNotContain("north");

    JsonPath due =
        as(TestUsers.ZHANG)
            .queryParam("within", 30)
            .get("/api/v1/receivables/due")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertThat(due.getList("items.kind"))
        .containsExactly(
            "INSTALLMENT_OVERDUE", "INSTALLMENT_OVERDUE", "INSTALLMENT_DUE", "CONTRACT_ENDING");
    // The contract's end has no installment nor amount.
    assertThat(due.getList("items.outstanding.amount"))
        .containsExactly("150.00", "300.00", "400.00");
    assertThat(due.getList("items.installment")).containsExactly(2, 3, 4, null);
    assertThat(due.getString("items[3].dueOn")).isEqualTo(today.plusDays(20).toString());
    assertThat(due.getString("items[0].customerName")).contains("应收");
    JsonPath soon =
        as(TestUsers.ZHANG)
            .queryParam("within", 5)
            .get("/api/v1/receivables/due")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertThat(soon.getList("items.kind"))
        .containsExactly("INSTALLMENT_OVERDUE", "INSTALLMENT_OVERDUE");
    // A reversal puts the money back on the oldest installments; a termination takes the contract
    // out of what is owed.
    String paymentId =
        as(TestUsers.ZHANG).get(path).then().extract().path("receivable.payments[0].id");
    as(TestUsers.ZHANG)
        .body(Map.of("reason", "Bounced"))
        .post(path + "/payments/" + paymentId + "/reverse")
        .then()
        .statusCode(200);
    JsonPath reversed =
        as(TestUsers.ZHANG).get("/api/v1/receivables/aging").then().extract().jsonPath();
    assertThat(reversed.getString("items[0].over90.amount")).isEqualTo("100.00");
    assertThat(reversed.getString("items[0].days31To60.amount")).isEqualTo("200.00");
    assertThat(reversed.getString("items[0].total.amount")).isEqualTo("1000.00");
    // Handed over, what is owed goes with the contract.
    int version = as(TestUsers.ZHOU).get(path).then().extract().path("version");
    Api.mergePatch(TestUsers.ZHOU, path, version, Map.of("ownerId", TestUsers.SUN.id))
        .statusCode(200);
    assertThat(
            as(TestUsers.ZHANG)
                .get("/api/v1/receivables/aging")
                .then()
                .extract()
                .<List<String>>path("items.holder"))
        .isEmpty();
    assertThat(
            as(TestUsers.SUN)
                .get("/api/v1/receivables/aging")
                .then()
                .extract()
                .<String>path("totals[0].total.amount"))
        .isEqualTo("1000.00");
    as(TestUsers.ZHOU)
        .body(Map.of("reason", "Customer insolvent"))
        .post(path + "/terminate")
        .then()
        .statusCode(200);
    assertThat(
            as(TestUsers.SUN)
                .get("/api/v1/receivables/aging")
                .then()
                .extract()
                .<List<String>>path("items.holder"))
        .isEmpty();
    assertThat(
            as(TestUsers.LI)
                .queryParam("within", 366)
                .get("/api/v1/receivables/due")
                .then()
                .statusCode(200)
                .extract()
                .<List<String>>path("items.contractId"))
        .doesNotContain(id);
  }

  @Test
  void badParameters_areBadRequests_andOthersCustomersAreNotThere() {
    as(TestUsers.LI)
        .queryParam("within", 367)
        .get("/api/v1/receivables/due")
        .then()
        .statusCode(400);
    as(TestUsers.LI)
        .queryParam("within", "soon")
        .get("/api/v1/receivables/due")
        .then()
        .statusCode(400);
    as(TestUsers.LI)
        .queryParam("groupBy", "region")
        .get("/api/v1/receivables/aging")
        .then()
        .statusCode(400);
    as(TestUsers.ZHAO).get("/api/v1/receivables/aging").then().statusCode(403);
    String zhangs = createCustomer(TestUsers.ZHANG, uniqueName("Not Li's Ltd"));
    as(TestUsers.LI).get("/api/v1/customers/" + zhangs + "/receivables").then().statusCode(404);
    as(TestUsers.ZHANG)
        .get("/api/v1/customers/" + zhangs + "/receivables")
        .then()
        .statusCode(200)
        .body("items", org.hamcrest.Matchers.empty());
  }

  private static Map<String, Object> installment(LocalDate dueOn, String amount) {
    return Map.of("dueOn", dueOn.toString(), "amount", money(amount));
  }
}
