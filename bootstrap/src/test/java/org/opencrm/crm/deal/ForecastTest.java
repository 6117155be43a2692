package org.opencrm.crm.deal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.opencrm.crm.support.Api.as;
import static org.opencrm.crm.support.Api.createCustomer;
import static org.opencrm.crm.support.Api.uniqueName;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.opencrm.crm.support.CrmTestResources;
import org.opencrm.crm.support.TestUsers;

/**
 * The forecast over HTTP: per period and rep, pipeline, weighted, commit, best case and closed won,
 * one line per currency, in the caller's scope. Zhang's deals are his alone in the test data, so
 * his figures are exact.
 */
@QuarkusTest
@WithTestResource(CrmTestResources.class)
class ForecastTest {

  static final String NEGOTIATION = "7e1f0000-0000-4000-8000-000000000004";

  private static String open(String customer, String amount, String currency, String closeDate) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("customerId", customer);
    body.put("name", "Forecast " + amount);
    body.put("amount", Map.of("amount", amount, "currency", currency));
    body.put("expectedCloseDate", closeDate);
    return as(TestUsers.ZHANG)
        .body(body)
        .post("/api/v1/opportunities")
        .then()
        .statusCode(201)
        .extract()
        .path("id");
  }

  private static JsonPath forecast(TestUsers user, String... params) {
    var request = as(user);
    for (int i = 0; i < params.length; i += 2) {
      request.queryParam(params[i], params[i + 1]);
    }
    return request.get("/api/v1/forecast").then().statusCode(200).extract().jsonPath();
  }

  @Test
  void perPeriodAndRep_theOpenDealsAreSummedWeightedAndCommitted_perCurrency() {
    String customer = createCustomer(TestUsers.ZHANG, uniqueName("预测 Forecast Ltd"));
    open(customer, "1000.00", "CNY", "2040-01-10");
    String committed = open(customer, "2000.05", "CNY", "2040-01-20");
    as(TestUsers.ZHANG)
        .body(Map.of("stageId", NEGOTIATION))
        .post("/api/v1/opportunities/" + committed + "/stage")
        .then()
        .statusCode(200);
    open(customer, "500.00", "USD", "2040-02-05");
    String won = open(customer, "3000.00", "CNY", "2040-02-01");
    String closedAt =
        as(TestUsers.ZHANG)
            .post("/api/v1/opportunities/" + won + "/win")
            .then()
            .statusCode(200)
            .extract()
            .path("closedAt");

    JsonPath months =
        forecast(TestUsers.ZHANG, "from", "2040-01-15", "to", "2040-03-01", "owner", "zhang.wei");
    assertThat(months.getString("period")).isEqualTo("month");
    assertThat(months.getString("from")).isEqualTo("2040-01-01");
    assertThat(months.getString("to")).isEqualTo("2040-03-31");
    assertThat(months.getList("items.periodStart")).containsExactly("2040-01-01", "2040-02-01");
    assertThat(months.getString("items[0].ownerId")).isEqualTo("zhang.wei");
    assertThat(months.getString("items[0].pipeline.amount")).isEqualTo("3000.05");
    // 10 % of 1000.00 + 70 % of 2000.05 = 100 + 1400.035, rounded once: 1500.04.
    assertThat(months.getString("items[0].weighted.amount")).isEqualTo("1500.04");
    assertThat(months.getString("items[0].commit.amount")).isEqualTo("2000.05");
    assertThat(months.getString("items[0].bestCase.amount")).isEqualTo("3000.05");
    assertThat(months.getString("items[0].closedWon.amount")).isEqualTo("0.00");
    assertThat(months.getInt("items[0].openDeals")).isEqualTo(2);
    assertThat(months.getString("items[1].pipeline.currency")).isEqualTo("USD");
    assertThat(months.getString("items[1].pipeline.amount")).isEqualTo("500.00");
    assertThat(months.getList("totals.pipeline.amount")).containsExactly("3000.05", "500.00");
    assertThat(months.getList("totals.ownerId")).containsOnlyNulls();

    // The won deal counts in the quarter it was won in, in the business's time zone.
    LocalDate wonOn = Instant.parse(closedAt).atZone(ZoneId.of("Asia/Shanghai")).toLocalDate();
    JsonPath quarter =
        forecast(
            TestUsers.ZHOU,
            "period",
            "quarter",
            "from",
            wonOn.toString(),
            "to",
            wonOn.toString(),
            "team",
            "north");
    assertThat(quarter.getList("items.ownerId")).containsExactly("zhang.wei");
    assertThat(quarter.getString("items[0].closedWon.amount")).isEqualTo("3000.00");
    assertThat(quarter.getInt("items[0].wonDeals")).isEqualTo(1);
    assertThat(quarter.getString("items[0].commit.amount")).isEqualTo("3000.00");

    // Inside the scope only: another team's rep and manager see none of it.
    assertThat(
            forecast(TestUsers.LI, "from", "2040-01-01", "to", "2040-03-31", "owner", "zhang.wei")
                .getList("items"))
        .isEmpty();
    assertThat(
            forecast(TestUsers.WANG, "from", "2040-01-01", "to", "2040-03-31", "team", "north")
                .getList("totals"))
        .isEmpty();
  }

  @Test
  void badRanges_areBadRequests_andAnalystsHaveNoDealsToForecast() {
    for (String[] bad :
        new String[][] {{"period", "week"}, {"from", "soon"}, {"to", "2040-13-01"}}) {
      as(TestUsers.LI)
          .queryParam(bad[0], bad[1])
          .get("/api/v1/forecast")
          .then()
          .statusCode(400)
          .body("errors[0].field", equalTo(bad[0]));
    }
    as(TestUsers.LI)
        .queryParam("from", "2040-03-01")
        .queryParam("to", "2040-01-31")
        .get("/api/v1/forecast")
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("to"));
    as(TestUsers.LI)
        .queryParam("from", "2040-01-01")
        .queryParam("to", "2043-01-01")
        .get("/api/v1/forecast")
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("to"));
    JsonPath defaults = forecast(TestUsers.LI);
    assertThat(defaults.getString("period")).isEqualTo("month");
    assertThat(LocalDate.parse(defaults.getString("to")))
        .isEqualTo(LocalDate.parse(defaults.getString("from")).plusMonths(3).minusDays(1));
    as(TestUsers.ZHAO).get("/api/v1/forecast").then().statusCode(403);
  }
}
