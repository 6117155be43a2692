package org.opencrm.crm.deal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.opencrm.crm.support.Api.as;
import static org.opencrm.crm.support.Api.createCustomer;
import static org.opencrm.crm.support.Api.uniqueName;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.opencrm.crm.support.CrmTestResources;
import org.opencrm.crm.support.TestUsers;

/**
 * Revenue over HTTP: contracted by signing day, collected by receiving day, per period, with the
 * change against the period before and the year before. Sun holds no other contract in the tests,
 * and hers are signed years ahead, so her figures are exact.
 */
@QuarkusTest
@WithTestResource(CrmTestResources.class)
class RevenueTest {

  static Map<String, Object> money(String amount) {
    return Map.of("amount", amount, "currency", "CNY");
  }

  private static String contract(String customer, String amount, String signedOn, boolean submit) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("customerId", customer);
    body.put("title", "Revenue " + amount);
    body.put("amount", money(amount));
    body.put("signedOn", signedOn);
    String id =
        as(TestUsers.SUN)
            .body(body)
            .post("/api/v1/contracts")
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    if (submit) {
      as(TestUsers.SUN)
          .post("/api/v1/contracts/" + id + "/submit")
          .then()
          .statusCode(200)
          .body("status", equalTo("ACTIVE"));
    }
    return id;
  }

  private static void pay(String contract, String amount, String on) {
    as(TestUsers.SUN)
        .body(Map.of("receivedOn", on, "amount", money(amount), "method", "bank transfer"))
        .post("/api/v1/contracts/" + contract + "/payments")
        .then()
        .statusCode(201);
  }

  private static JsonPath revenue(TestUsers user, String... params) {
    var request = as(user);
    for (int i = 0; i < params.length; i += 2) {
      request.queryParam(params[i], params[i + 1]);
    }
    return request.get("/api/v1/revenue").then().statusCode(200).extract().jsonPath();
  }

  @Test
  void contractedAndCollected_perMonthAndQuarter_withTheirChanges() {
    String customer = createCustomer(TestUsers.SUN, uniqueName("营收 Revenue Ltd"));
    String january = contract(customer, "1000.00", "2041-01-15", true);
    String february = contract(customer, "3000.00", "2041-02-20", true);
    contract(customer, "500.00", "2040-02-05", true);
    contract(customer, "99999.00", "2041-01-20", false); // a draft: not revenue
    pay(january, "400.00", "2041-02-10");
    pay(february, "1000.00", "2041-02-25");

    JsonPath months =
        revenue(TestUsers.SUN, "from", "2041-01-01", "to", "2041-03-31", "owner", "sun.li");
    assertThat(months.getString("groupBy")).isEqualTo("month");
    assertThat(months.getList("items.periodStart"))
        .containsExactly("2041-01-01", "2041-02-01", "2041-03-01");
    assertThat(months.getList("items.contracted.amount"))
        .containsExactly("1000.00", "3000.00", "0.00");
    assertThat(months.getList("items.collected.amount")).containsExactly("0.00", "1400.00", "0.00");
    assertThat(months.getString("items[0].contractedChange")).isNull();
    assertThat(months.getString("items[1].contractedChange")).isEqualTo("200.0");
    assertThat(months.getString("items[1].collectedChange")).isNull();
    assertThat(months.getString("items[1].contractedYearOnYear")).isEqualTo("500.0");
    assertThat(months.getString("items[2].contractedChange")).isEqualTo("-100.0");
    assertThat(months.getString("items[2].collectedChange")).isEqualTo("-100.0");

    JsonPath quarter =
        revenue(TestUsers.SUN, "groupBy", "quarter", "from", "2041-01-01", "to", "2041-03-31");
    assertThat(quarter.getList("items.contracted.amount")).containsExactly("4000.00");
    assertThat(quarter.getList("items.collected.amount")).containsExactly("1400.00");
    assertThat(quarter.getString("items[0].contractedYearOnYear")).isEqualTo("700.0");

    // A reversed payment stops counting where it was received.
    String paymentId =
        as(TestUsers.SUN)
            .get("/api/v1/contracts/" + january)
            .then()
            .extract()
            .path("receivable.payments[0].id");
    as(TestUsers.SUN)
        .body(Map.of("reason", "Bounced"))
        .post("/api/v1/contracts/" + january + "/payments/" + paymentId + "/reverse")
        .then()
        .statusCode(200);
    assertThat(
            revenue(TestUsers.SUN, "from", "2041-02-01", "to", "2041-02-28", "owner", "sun.li")
                .getList("items.collected.amount"))
        .containsExactly("1000.00");

    // In the caller's scope: another team's rep sees none of it.
    assertThat(
            revenue(TestUsers.LI, "from", "2041-01-01", "to", "2041-03-31", "owner", "sun.li")
                .getList("items"))
        .isEmpty();
    assertThat(
            revenue(TestUsers.ZHOU, "from", "2041-02-01", "to", "2041-02-28", "team", "north")
                .getList("items.contracted.amount"))
        .containsExactly("3000.00");
  }

  @Test
  void badRanges_areBadRequests() {
    as(TestUsers.LI).queryParam("groupBy", "week").get("/api/v1/revenue").then().statusCode(400);
    as(TestUsers.LI)
        .queryParam("from", "2041-03-01")
        .queryParam("to", "2041-01-01")
        .get("/api/v1/revenue")
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("to"));
    as(TestUsers.LI)
        .queryParam("from", "2036-01-01")
        .queryParam("to", "2041-01-01")
        .get("/api/v1/revenue")
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("to"));
    as(TestUsers.LI).queryParam("from", "soon").get("/api/v1/revenue").then().statusCode(400);
    as(TestUsers.ZHAO).get("/api/v1/revenue").then().statusCode(403);
    assertThat(revenue(TestUsers.LI, "groupBy", "day").getString("groupBy")).isEqualTo("day");
  }
}
