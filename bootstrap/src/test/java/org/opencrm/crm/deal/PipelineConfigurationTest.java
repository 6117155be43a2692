package org.opencrm.crm.deal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.opencrm.crm.support.Api.as;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.opencrm.crm.support.CrmTestResources;
import org.opencrm.crm.support.TestUsers;

/** Pipelines and lost reasons over HTTP: configured by admins, read by everyone who sells. */
@QuarkusTest
@WithTestResource(CrmTestResources.class)
class PipelineConfigurationTest {

  static final String STANDARD = "7e1f0000-0000-4000-8000-000000000000";

  private final String name = "Pipeline " + UUID.randomUUID().toString().substring(0, 8);

  static Map<String, Object> stage(String name, String probability, String outcome) {
    Map<String, Object> stage = new LinkedHashMap<>();
    stage.put("name", name);
    stage.put("probability", probability);
    stage.put("outcome", outcome);
    return stage;
  }

  static List<Map<String, Object>> stages() {
    Map<String, Object> proposal = stage("Proposal", "40", "OPEN");
    proposal.put("requiredToEnter", List.of("expectedCloseDate", "amount"));
    Map<String, Object> commit = stage("Commit", "80", "OPEN");
    commit.put("commit", true);
    return new ArrayList<>(
        List.of(
            stage("Discovery", "10", "OPEN"),
            proposal,
            commit,
            stage("Won", "100", "WON"),
            stage("Lost", "0", "LOST")));
  }

  /** Creates a pipeline with {@link #stages()} as an admin; returns its JSON. */
  static Map<String, Object> create(String name) {
    return as(TestUsers.ADMIN)
        .body(Map.of("name", name, "stages", stages()))
        .post("/api/v1/pipelines")
        .then()
        .statusCode(201)
        .extract()
        .path("");
  }

  @Test
  void theStandardPipeline_isThereFromTheStart_forEveryoneWhoSellsServesOrReports() {
    for (TestUsers reader :
        List.of(TestUsers.LI, TestUsers.WANG, TestUsers.CHEN, TestUsers.ZHAO, TestUsers.ADMIN)) {
      as(reader)
          .get("/api/v1/pipelines/" + STANDARD)
          .then()
          .statusCode(200)
          .header("ETag", org.hamcrest.Matchers.notNullValue())
          .body("standard", equalTo(true))
          .body(
              "stages.name",
              equalTo(
                  List.of(
                      "Qualification", "Needs analysis", "Proposal", "Negotiation", "Won", "Lost")))
          .body(
              "stages.probability",
              equalTo(List.of("10.00", "30.00", "50.00", "70.00", "100.00", "0.00")))
          .body("stages[2].requiredToEnter", equalTo(List.of("amount", "expectedCloseDate")))
          .body("stages[3].commit", equalTo(true))
          .body("stages[4].outcome", equalTo("WON"));
    }
    as(TestUsers.LI)
        .get("/api/v1/pipelines")
        .then()
        .statusCode(200)
        .body("items.id", hasItem(STANDARD));
    as(TestUsers.LI).get("/api/v1/pipelines/" + UUID.randomUUID()).then().statusCode(404);
    as(TestUsers.EVENT_SINK).get("/api/v1/pipelines").then().statusCode(403);
  }

  @Test
  void anAdminAddsAPipeline_withAUniqueName_andOnlyAdminsMay() {
    var created =
        as(TestUsers.ADMIN)
            .body(Map.of("name", name, "stages", stages()))
            .post("/api/v1/pipelines")
            .then()
            .statusCode(201)
            .header("ETag", "\"0\"")
            .body("standard", equalTo(false))
            .body("stages.name", equalTo(List.of("Discovery", "Proposal", "Commit", "Won", "Lost")))
            .body("stages[1].requiredToEnter", equalTo(List.of("amount", "expectedCloseDate")))
            .body("stages[2].commit", equalTo(true))
            .extract();
    String id = created.path("id");
    assertThat(created.header("Location")).endsWith("/api/v1/pipelines/" + id);

    as(TestUsers.ADMIN)
        .body(Map.of("name", name.toUpperCase(), "stages", stages()))
        .post("/api/v1/pipelines")
        .then()
        .statusCode(409)
        .body("code", equalTo("pipeline.name-taken"));
    as(TestUsers.WANG)
        .body(Map.of("name", name + " 2", "stages", stages()))
        .post("/api/v1/pipelines")
        .then()
        .statusCode(403)
        .body("code", equalTo("pipeline.admin-only"));
  }

  @Test
  void badStages_areRefusedPerField_andNothingIsStored() {
    List<Map<String, Object>> lostFirst = stages();
    lostFirst.add(0, lostFirst.remove(4));
    assertInvalid(lostFirst, 422, "pipeline.invalid", "stages[0].outcome");
    List<Map<String, Object>> unsureWin = stages();
    unsureWin.get(3).put("probability", "90");
    assertInvalid(unsureWin, 422, "pipeline.stage-invalid", "stages[3].probability");
    List<Map<String, Object>> badPercent = stages();
    badPercent.get(1).put("probability", "fifty");
    assertInvalid(badPercent, 422, "percent.invalid", "stages[1].probability");
    List<Map<String, Object>> foreignId = stages();
    foreignId.get(0).put("id", "7e1f0000-0000-4000-8000-000000000001");
    assertInvalid(foreignId, 422, "pipeline.stage-unknown", "stages[0].id");
    List<Map<String, Object>> blankName = stages();
    blankName.get(2).put("name", " ");
    assertInvalid(blankName, 422, "value.required", "stages[2].name");
    List<Map<String, Object>> unknownOutcome = stages();
    unknownOutcome.get(0).put("outcome", "MAYBE");
    assertInvalid(unknownOutcome, 400, "request.invalid", null);
    List<Map<String, Object>> unknownField = stages();
    unknownField.get(1).put("requiredToEnter", List.of("budget"));
    assertInvalid(unknownField, 400, "request.invalid", null);
    assertInvalid(stages().subList(3, 5), 422, "pipeline.invalid", "stages");

    List<String> names =
        as(TestUsers.ADMIN).get("/api/v1/pipelines").then().extract().path("items.name");
    assertThat(names).doesNotContain(name);
  }

  private void assertInvalid(
      List<Map<String, Object>> stages, int status, String code, String field) {
    var response =
        as(TestUsers.ADMIN)
            .body(Map.of("name", name, "stages", stages))
            .post("/api/v1/pipelines")
            .then()
            .statusCode(status)
            .contentType("application/problem+json")
            .body("code", equalTo(code));
    if (field != null) {
      response.body("errors[0].field", equalTo(field));
    }
  }

  @Test
  void aRevision_renamesAndReorders_keepingStageIds_addsAndRemovesStages() {
    Map<String, Object> pipeline = create(name);
    String id = (String) pipeline.get("id");
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> current = (List<Map<String, Object>>) pipeline.get("stages");

    List<Map<String, Object>> revised = new ArrayList<>();
    Map<String, Object> quote = new LinkedHashMap<>(current.get(1));
    quote.put("name", "Quote");
    revised.add(quote);
    revised.add(new LinkedHashMap<>(current.get(0)));
    revised.add(stage("Legal review", "60", "OPEN"));
    revised.add(new LinkedHashMap<>(current.get(3)));
    revised.add(new LinkedHashMap<>(current.get(4)));
    // "Commit" is left out: no opportunity is in it.

    as(TestUsers.ADMIN)
        .body(Map.of("name", name + " v2", "stages", revised))
        .put("/api/v1/pipelines/" + id)
        .then()
        .statusCode(428);
    as(TestUsers.ADMIN)
        .header("If-Match", "\"7\"")
        .body(Map.of("name", name + " v2", "stages", revised))
        .put("/api/v1/pipelines/" + id)
        .then()
        .statusCode(412);
    as(TestUsers.ADMIN)
        .header("If-Match", "\"0\"")
        .body(Map.of("name", name + " v2", "stages", revised))
        .put("/api/v1/pipelines/" + id)
        .then()
        .statusCode(200)
        .header("ETag", "\"1\"")
        .body("name", equalTo(name + " v2"))
        .body("stages.name", equalTo(List.of("Quote", "Discovery", "Legal review", "Won", "Lost")))
        .body("stages[0].id", equalTo(current.get(1).get("id")))
        .body("stages[1].id", equalTo(current.get(0).get("id")));

    as(TestUsers.ADMIN)
        .get("/api/v1/pipelines/" + id)
        .then()
        .statusCode(200)
        .body("stages.name", equalTo(List.of("Quote", "Discovery", "Legal review", "Won", "Lost")));
    as(TestUsers.WANG)
        .header("If-Match", "\"1\"")
        .body(Map.of("name", name, "stages", revised))
        .put("/api/v1/pipelines/" + id)
        .then()
        .statusCode(403);
    as(TestUsers.ADMIN)
        .header("If-Match", "\"0\"")
        .body(Map.of("name", name, "stages", revised))
        .put("/api/v1/pipelines/" + UUID.randomUUID())
        .then()
        .statusCode(404);
  }

  @Test
  void lostReasons_areKeptByAdmins_andReadByEveryoneWhoSells() {
    var current = as(TestUsers.LI).get("/api/v1/lost-reasons").then().statusCode(200).extract();
    List<String> reasons = new ArrayList<>(current.path("reasons"));
    assertThat(reasons).contains("Price", "Other");
    long version = ((Number) current.path("version")).longValue();

    String added = "Merged with another deal " + UUID.randomUUID().toString().substring(0, 4);
    List<String> more =
        new ArrayList<>(reasons.stream().filter(r -> !r.startsWith("Merged")).toList());
    more.add(added);
    as(TestUsers.WANG)
        .header("If-Match", "\"" + version + "\"")
        .body(Map.of("reasons", more))
        .put("/api/v1/lost-reasons")
        .then()
        .statusCode(403);
    List<String> twice = new ArrayList<>(more);
    twice.add(more.get(0).toUpperCase());
    as(TestUsers.ADMIN)
        .header("If-Match", "\"" + version + "\"")
        .body(Map.of("reasons", twice))
        .put("/api/v1/lost-reasons")
        .then()
        .statusCode(422)
        .body("code", equalTo("lost-reasons.invalid"))
        .body("errors[0].field", equalTo("reasons[" + more.size() + "]"));
    as(TestUsers.ADMIN)
        .header("If-Match", "\"" + version + "\"")
        .body(Map.of("reasons", more))
        .put("/api/v1/lost-reasons")
        .then()
        .statusCode(200)
        .header("ETag", "\"" + (version + 1) + "\"")
        .body("reasons", equalTo(more))
        .body("updatedBy", equalTo(TestUsers.ADMIN.id));
    as(TestUsers.ADMIN)
        .header("If-Match", "\"" + version + "\"")
        .body(Map.of("reasons", more))
        .put("/api/v1/lost-reasons")
        .then()
        .statusCode(412);
    as(TestUsers.ZHAO)
        .get("/api/v1/lost-reasons")
        .then()
        .statusCode(200)
        .body("reasons", hasItem(added));
  }
}
