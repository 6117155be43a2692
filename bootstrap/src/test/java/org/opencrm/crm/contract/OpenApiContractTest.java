package org.opencrm.crm.contract;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.opencrm.crm.support.CrmTestResources;

/** The published contract describes every operation fully; integrators rely on it alone. */
@QuarkusTest
@WithTestResource(CrmTestResources.class)
class OpenApiContractTest {

  private static final List<String> METHODS = List.of("get", "post", "put", "patch", "delete");

  @Test
  void everyOperation_hasIdSummaryDescriptionTagsSecurityAndProblemResponses() {
    JsonPath contract =
        given().get("/q/openapi?format=json").then().statusCode(200).extract().jsonPath();
    Map<String, Map<String, Object>> paths = contract.getMap("paths");
    List<String> incomplete = new ArrayList<>();
    int operations = 0;
    for (var path : paths.entrySet()) {
      assertThat(path.getKey()).startsWith("/api/v1/");
      for (String method : METHODS) {
        @SuppressWarnings("unchecked")
        Map<String, Object> operation = (Map<String, Object>) path.getValue().get(method);
        if (operation == null) {
          continue;
        }
        operations++;
        String where = method.toUpperCase() + " " + path.getKey();
        for (String field :
            List.of("operationId", "summary", "description", "tags", "security", "responses")) {
          if (operation.get(field) == null) {
            incomplete.add(where + " lacks " + field);
          }
        }
        @SuppressWarnings("unchecked")
        Map<String, Map<String, Object>> responses =
            (Map<String, Map<String, Object>>) operation.get("responses");
        for (String status : List.of("401", "403", "500")) {
          if (responses == null || !responses.containsKey(status)) {
            incomplete.add(where + " lacks response " + status);
          }
        }
        if (responses != null) {
          responses.entrySet().stream()
              .filter(r -> r.getKey().startsWith("4") || r.getKey().startsWith("5"))
              .filter(
                  r ->
                      !String.valueOf(r.getValue().get("content"))
                          .contains("application/problem+json"))
              .forEach(
                  r -> incomplete.add(where + " response " + r.getKey() + " is not problem+json"));
        }
      }
    }
    assertThat(operations).isGreaterThanOrEqualTo(11);
    assertThat(incomplete).isEmpty();
    assertThat(contract.getString("components.securitySchemes.bearer.scheme")).isEqualTo("bearer");
  }

  @Test
  void pathParameters_haveOneNamePerConcept() {
    JsonPath contract =
        given().get("/q/openapi?format=json").then().statusCode(200).extract().jsonPath();
    List<String> misnamed = new ArrayList<>();
    for (String path : contract.<String, Object>getMap("paths").keySet()) {
      // A collection's record is {id}; a record nested in it is {<kind>Id}, e.g. {contactId}.
      String[] segments = path.substring("/api/v1/".length()).split("/");
      for (int i = 0; i < segments.length; i++) {
        String segment = segments[i];
        if (!segment.startsWith("{")) {
          continue;
        }
        String expected = i == 1 ? "{id}" : "{" + singular(segments[i - 1]) + "Id}";
        if (!segment.equals(expected)) {
          misnamed.add(path + ": " + segment + " should be " + expected);
        }
      }
    }
    assertThat(misnamed).isEmpty();
  }

  private static String singular(String collection) {
    return collection.endsWith("s") ? collection.substring(0, collection.length() - 1) : collection;
  }

  @Test
  void demoTokenEndpoint_isNotPartOfTheContract() {
    String contract = given().get("/q/openapi?format=json").then().extract().asString();
    assertThat(contract).doesNotContain("/demo/tokens");
  }
}
