package org.opencrm.crm.operations;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import org.junit.jupiter.api.Test;
import org.opencrm.crm.support.CrmTestResources;

/** Health and metrics live on the management port; the contract stays on the API port. */
@QuarkusTest
@WithTestResource(CrmTestResources.class)
class ManagementInterfaceTest {

  // The management URL is rooted at /q already.
  @TestHTTPResource(value = "/health/ready", management = true)
  URL readiness;

  @TestHTTPResource(value = "/metrics", management = true)
  URL metrics;

  @Test
  void healthAndMetrics_answerOnTheManagementPort() {
    given().get(readiness).then().statusCode(200).body("status", equalTo("UP"));
    given().get(metrics).then().statusCode(200);
  }

  @Test
  void healthAndMetrics_areNotOnTheApiPort_butTheContractIs() {
    given().get("/q/health").then().statusCode(404);
    given().get("/q/metrics").then().statusCode(404);
    given().get("/q/openapi").then().statusCode(200);
  }
}
