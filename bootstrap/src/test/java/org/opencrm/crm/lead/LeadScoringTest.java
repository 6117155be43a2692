package org.opencrm.crm.lead;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.opencrm.crm.support.Api.as;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.opencrm.crm.bootstrap.jobs.LeadRescoring;
import org.opencrm.crm.support.CrmTestResources;
import org.opencrm.crm.support.Leads;
import org.opencrm.crm.support.TestUsers;

/** Lead scoring over HTTP: scores on capture, the explanation, model changes and rescoring. */
@QuarkusTest
@WithTestResource(CrmTestResources.class)
class LeadScoringTest {

  @Inject LeadRescoring rescoring;

  private Map<String, Object> original;

  @BeforeEach
  void rememberModel() {
    original = as(TestUsers.ADMIN).get("/api/v1/lead-scoring").then().extract().as(Map.class);
  }

  @AfterEach
  void restoreModel() {
    Map<String, Object> body = new HashMap<>(original);
    body.keySet().removeAll(List.of("version", "updatedAt", "updatedBy"));
    replace(body).then().statusCode(202);
    rescoring.work(10_000);
  }

  private static io.restassured.response.Response replace(Map<String, Object> model) {
    String etag = as(TestUsers.ADMIN).get("/api/v1/lead-scoring").then().extract().header("ETag");
    return as(TestUsers.ADMIN).header("If-Match", etag).body(model).put("/api/v1/lead-scoring");
  }

  @Test
  void aCapturedLead_isScored_andTheScoreIsExplained() {
    String id =
        Leads.capture(TestUsers.LI, Leads.body("sourceChannel", "REFERRAL", "sizeBand", "MEDIUM"))
            .path("id");
    as(TestUsers.LI)
        .get("/api/v1/leads/{id}", id)
        .then()
        .body("score", equalTo(80))
        .body("grade", equalTo("HOT"));
    as(TestUsers.LI)
        .get("/api/v1/leads/{id}/score", id)
        .then()
        .statusCode(200)
        .body("score", equalTo(80))
        .body("contributions.rule", hasItem("Referred"))
        .body("contributions.find { it.rule == 'Referred' }.points", equalTo(30));
    as(TestUsers.HAN).get("/api/v1/leads/{id}/score", id).then().statusCode(404);
  }

  @Test
  void onlyAdmins_replaceTheModel_andBadModelsAreRefused() {
    Map<String, Object> model =
        Map.of(
            "rules",
            List.of(
                Map.of(
                    "name",
                    "Retail",
                    "attribute",
                    "INDUSTRY",
                    "operator",
                    "EQUALS",
                    "values",
                    List.of("Retail"),
                    "points",
                    40)),
            "grades",
            List.of(Map.of("name", "HOT", "minScore", 40)));
    String etag =
        as(TestUsers.LI)
            .get("/api/v1/lead-scoring")
            .then()
            .statusCode(200)
            .extract()
            .header("ETag");
    as(TestUsers.WANG)
        .header("If-Match", etag)
        .body(model)
        .put("/api/v1/lead-scoring")
        .then()
        .statusCode(403)
        .body("code", equalTo("scoring.admin-only"));
    as(TestUsers.ADMIN).body(model).put("/api/v1/lead-scoring").then().statusCode(428);
    as(TestUsers.ADMIN)
        .header("If-Match", etag)
        .body(
            Map.of(
                "rules",
                List.of(
                    Map.of(
                        "name",
                        "x",
                        "attribute",
                        "INDUSTRY",
                        "operator",
                        "GREATER_THAN",
                        "values",
                        List.of("3"),
                        "points",
                        1)),
                "grades",
                List.of(Map.of("name", "HOT", "minScore", 1))))
        .put("/api/v1/lead-scoring")
        .then()
        .statusCode(422)
        .body("code", equalTo("scoring.rule-invalid"))
        .body("errors[0].field", equalTo("rules[0].operator"));
    as(TestUsers.ADMIN)
        .header("If-Match", etag)
        .body(Map.of("rules", List.of(), "grades", List.of()))
        .put("/api/v1/lead-scoring")
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("grades"));
    as(TestUsers.ADMIN)
        .header("If-Match", etag)
        .body(
            Map.of(
                "rules",
                List.of(
                    Map.of("name", "x", "attribute", "MOOD", "operator", "EQUALS", "points", 1)),
                "grades",
                List.of(Map.of("name", "A", "minScore", 1))))
        .put("/api/v1/lead-scoring")
        .then()
        .statusCode(400);
  }

  @Test
  void aNewModel_rescoresEveryLead_inAJobWithProgress() {
    String retail =
        Leads.capture(TestUsers.LI, Leads.body("industry", "Retail", "sourceChannel", "API"))
            .path("id");
    var accepted =
        replace(
                Map.of(
                    "rules",
                    List.of(
                        Map.of(
                            "name",
                            "Retail",
                            "attribute",
                            "INDUSTRY",
                            "operator",
                            "IN",
                            "values",
                            List.of("retail", "wholesale"),
                            "points",
                            40),
                        Map.of(
                            "name",
                            "Has phone",
                            "attribute",
                            "PHONE_COUNT",
                            "operator",
                            "GREATER_THAN",
                            "values",
                            List.of("0"),
                            "points",
                            5)),
                    "grades",
                    List.of(
                        Map.of("name", "HOT", "minScore", 40),
                        Map.of("name", "COLD", "minScore", 0))))
            .then()
            .statusCode(202)
            .body("state", equalTo("QUEUED"))
            .body("kind", equalTo("lead-rescore"))
            .extract();
    String location = accepted.header("Location");
    assertThat(location).contains("/api/v1/jobs/" + accepted.path("id"));
    as(TestUsers.LI).get("/api/v1/jobs/{id}", (String) accepted.path("id")).then().statusCode(403);

    assertThat(rescoring.work(10_000)).isPositive();
    var job =
        as(TestUsers.ADMIN)
            .get("/api/v1/jobs/{id}", (String) accepted.path("id"))
            .then()
            .statusCode(200)
            .body("state", equalTo("DONE"))
            .extract();
    assertThat((Integer) job.path("processed")).isEqualTo((Integer) job.path("total"));
    as(TestUsers.LI)
        .get("/api/v1/leads/{id}", retail)
        .then()
        .body("score", equalTo(45))
        .body("grade", equalTo("HOT"));

    List<Integer> scores =
        as(TestUsers.LI)
            .get("/api/v1/leads?sort=-score&grade=HOT&limit=200")
            .then()
            .statusCode(200)
            .body("items.grade", org.hamcrest.Matchers.everyItem(equalTo("HOT")))
            .extract()
            .path("items.score");
    assertThat(scores).isSortedAccordingTo(java.util.Comparator.reverseOrder()).isNotEmpty();
    String cursor =
        as(TestUsers.LI)
            .get("/api/v1/leads?sort=-score&limit=1")
            .then()
            .extract()
            .path("nextCursor");
    as(TestUsers.LI)
        .get("/api/v1/leads?sort=-score&limit=1&cursor=" + cursor)
        .then()
        .statusCode(200);
    as(TestUsers.LI)
        .get("/api/v1/leads?sort=-createdAt&cursor=" + cursor)
        .then()
        .statusCode(422)
        .body("code", equalTo("page.cursor-invalid"));
    as(TestUsers.LI).get("/api/v1/leads?sort=name").then().statusCode(400);
    as(TestUsers.LI).get("/api/v1/lead-pool?minScore=abc").then().statusCode(400);
  }

  @Test
  void aSecondChange_supersedesTheFirstJob() {
    String first =
        replace(Map.of("rules", List.of(), "grades", List.of(Map.of("name", "A", "minScore", 0))))
            .then()
            .statusCode(202)
            .extract()
            .path("id");
    String second =
        replace(Map.of("rules", List.of(), "grades", List.of(Map.of("name", "B", "minScore", 0))))
            .then()
            .statusCode(202)
            .extract()
            .path("id");
    rescoring.work(10_000);
    as(TestUsers.ADMIN).get("/api/v1/jobs/{id}", first).then().body("state", equalTo("SUPERSEDED"));
    as(TestUsers.ADMIN).get("/api/v1/jobs/{id}", second).then().body("state", equalTo("DONE"));
  }
}
