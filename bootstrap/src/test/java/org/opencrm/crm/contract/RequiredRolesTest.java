package org.opencrm.crm.contract;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.opencrm.crm.support.CrmTestResources;
import org.opencrm.crm.support.TestUsers;

/**
 * The contract's x-required-roles against the service: every operation, called by a user of each
 * role it does not list, with the request the contract gives as its example, answers 403. (A listed
 * role may still be refused for a particular record; that is each slice's tests' business.)
 */
@QuarkusTest
@WithTestResource(CrmTestResources.class)
class RequiredRolesTest {

  /** One test user per role, holding that role only. */
  private static final Map<String, TestUsers> HOLDER_OF =
      Map.of(
          "admin", TestUsers.ADMIN,
          "manager", TestUsers.ZHOU,
          "sales", TestUsers.LI,
          "service", TestUsers.CHEN,
          "analyst", TestUsers.ZHAO,
          "integration", TestUsers.WEBFORM,
          "events-reader", TestUsers.EVENT_SINK);

  @Test
  void everyRoleAnOperationDoesNotList_isRefused() {
    JsonPath contract =
        given()
            .accept("application/json")
            .get("/q/openapi?format=json")
            .then()
            .extract()
            .jsonPath();
    Map<String, Map<String, Map<String, Object>>> paths = contract.getMap("paths");
    List<String> wrong = new ArrayList<>();
    int calls = 0;
    for (var path : paths.entrySet()) {
      for (var operation : path.getValue().entrySet()) {
        @SuppressWarnings("unchecked")
        List<String> roles = (List<String>) operation.getValue().get("x-required-roles");
        assertThat(roles).as(operation.getKey() + " " + path.getKey()).isNotEmpty();
        for (var holder : HOLDER_OF.entrySet()) {
          if (roles.contains(holder.getKey())) {
            continue;
          }
          int status =
              request(holder.getValue(), operation.getValue())
                  .request(operation.getKey(), concrete(path.getKey()))
                  .statusCode();
          calls++;
          if (status != 403) {
            wrong.add(
                operation.getKey().toUpperCase()
                    + " "
                    + path.getKey()
                    + " as "
                    + holder.getKey()
                    + ": "
                    + status);
          }
        }
      }
    }
    assertThat(calls).isGreaterThan(50);
    assertThat(wrong).isEmpty();
  }

  @SuppressWarnings("unchecked")
  private static RequestSpecification request(TestUsers user, Map<String, Object> operation) {
    RequestSpecification request = given().header("Authorization", user.bearer());
    List<Map<String, Object>> parameters =
        (List<Map<String, Object>>) operation.getOrDefault("parameters", List.of());
    if (parameters.stream().anyMatch(p -> "If-Match".equals(p.get("name")))) {
      request.header("If-Match", "\"0\"");
    }
    var body = (Map<String, Object>) operation.get("requestBody");
    if (body != null) {
      var content = (Map<String, Map<String, Object>>) body.get("content");
      var media = content.entrySet().iterator().next();
      var examples = (Map<String, Map<String, Object>>) media.getValue().get("examples");
      assertThat(examples).as("request examples of " + operation.get("operationId")).isNotEmpty();
      request.contentType(media.getKey()).body(examples.values().iterator().next().get("value"));
    }
    return request;
  }

  private static String concrete(String path) {
    return path.replace("/users/{id}", "/users/" + TestUsers.HAN.id)
        .replaceAll("\\{[^}]+}", UUID.randomUUID().toString());
  }
}
