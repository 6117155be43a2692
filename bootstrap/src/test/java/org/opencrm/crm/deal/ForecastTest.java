package org.opencrm.crm.deal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.opencrm.crm.support.Api.as;
import static org.opencrm.crm.support.Api.createCustomer;
import static org.opencrm.crm.support.Api.mergePatch;
import static org.opencrm.crm.support.Api.uniqueName;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
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

  @Inject EntityManager em;

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
  void aDealsChanges_moveItsMoney_andTheKeptSumsEqualTheDeals() {
    String customer = createCustomer(TestUsers.ZHANG, uniqueName("预测变化 Forecast Moves"));
    String deal = open(customer, "700.00", "CNY", "2041-03-10");
    String path = "/api/v1/opportunities/" + deal;
    mergePatch(
            TestUsers.ZHANG,
            path,
            0,
            Map.of(
                "amount",
                Map.of("amount", "900.00", "currency", "CNY"),
                "expectedCloseDate",
                "2041-05-02"))
        .statusCode(200);
    JsonPath moved =
        forecast(TestUsers.ZHOU, "from", "2041-03-01", "to", "2041-05-31", "team", "north");
    assertThat(moved.getList("items.periodStart")).containsExactly("2041-05-01");
    assertThat(moved.getString("items[0].pipeline.amount")).isEqualTo("900.00");

    // Handed to another rep of the team, then lost: the money follows, then leaves.
    mergePatch(TestUsers.ZHOU, path, 1, Map.of("ownerId", TestUsers.SUN.id)).statusCode(200);
    assertThat(
            forecast(TestUsers.ZHOU, "from", "2041-05-01", "to", "2041-05-31", "team", "north")
                .getList("items.ownerId"))
        .containsExactly(TestUsers.SUN.id);
    as(TestUsers.SUN).body(Map.of("reason", "Price")).post(path + "/lose").then().statusCode(200);
    assertThat(
            forecast(TestUsers.ZHOU, "from", "2041-05-01", "to", "2041-05-31", "team", "north")
                .getList("items"))
        .isEmpty();
    as(TestUsers.ZHOU).post(path + "/reopen").then().statusCode(200);
    assertThat(
            forecast(TestUsers.ZHOU, "from", "2041-05-01", "to", "2041-05-31", "team", "north")
                .getString("items[0].pipeline.amount"))
        .isEqualTo("900.00");

    // Whatever the tests did so far, the kept sums are those of the deals themselves.
    assertThat(keptSums()).isNotEmpty().isEqualTo(sumsOfTheDeals());
  }

  private List<?> keptSums() {
    return em
        .createNativeQuery(
            "SELECT team, month, owner_id, currency, status, CAST(stage_id AS text),"
                + " CAST(amount AS text), deals FROM forecast_month WHERE deals <> 0"
                + " ORDER BY 1, 2, 3, 4, 5, 6")
        .getResultList()
        .stream()
        .map(row -> List.of((Object[]) row))
        .toList();
  }

  private List<?> sumsOfTheDeals() {
    return em
        .createNativeQuery(
            "SELECT COALESCE(team, ''), CAST(date_trunc('month', CASE WHEN status = 'OPEN'"
                + " THEN CAST(expected_close_date AS timestamp) ELSE closed_at AT TIME ZONE"
                + " 'Asia/Shanghai' END) AS date), owner_id, currency, status,"
                + " CAST(stage_id AS text), CAST(sum(amount) AS text), count(*) FROM opportunity"
                + " WHERE amount IS NOT NULL AND (status = 'WON' OR (status = 'OPEN' AND"
                + " expected_close_date IS NOT NULL)) GROUP BY 1, 2, 3, 4, 5, 6"
                + " ORDER BY 1, 2, 3, 4, 5, 6")
        .getResultList()
        .stream()
        .map(row -> List.of((Object[]) row))
        .toList();
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
