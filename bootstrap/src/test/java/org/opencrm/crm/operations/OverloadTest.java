package org.opencrm.crm.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import org.opencrm.crm.adapter.in.rest.common.DatabaseAdmission;
import org.opencrm.crm.support.Api;
import org.opencrm.crm.support.CrmTestResources;
import org.opencrm.crm.support.TestUsers;

/**
 * With every database connection taken, callers get a 503 to retry, not a 500 incident; requests
 * wait for a connection in arrival order and always give their place back.
 */
@QuarkusTest
@WithTestResource(CrmTestResources.class)
class OverloadTest {

  @Inject DataSource dataSource;
  @Inject DatabaseAdmission admission;

  @ConfigProperty(name = "quarkus.datasource.jdbc.max-size")
  int poolSize;

  @TestHTTPResource("/")
  URL server;

  @Test
  void noFreeConnection_is503WithRetryAfter_andNothingIsWritten() throws SQLException {
    String name = Api.uniqueName("Overload");
    List<Connection> taken = takeEveryConnection();
    try {
      Api.as(TestUsers.LI)
          .get("/api/v1/customers")
          .then()
          .statusCode(503)
          .contentType(startsWith("application/problem+json"))
          .header("Retry-After", "1")
          .body("code", equalTo("server.busy"))
          .body("status", equalTo(503));
      Api.as(TestUsers.LI)
          .body(Map.of("name", name))
          .post("/api/v1/customers")
          .then()
          .statusCode(503)
          .body("code", equalTo("server.busy"));
    } finally {
      release(taken);
    }
    Api.as(TestUsers.LI)
        .queryParam("q", name)
        .get("/api/v1/customers")
        .then()
        .statusCode(200)
        .body("items.size()", equalTo(0));
  }

  @Test
  void moreCallersThanConnections_allAnswer503_andEveryPlaceComesBack() throws Exception {
    List<Connection> taken = takeEveryConnection();
    ExecutorService callers = Executors.newFixedThreadPool(poolSize + 2);
    try {
      List<Future<Integer>> statuses = new ArrayList<>();
      for (int i = 0; i < poolSize + 2; i++) {
        statuses.add(
            callers.submit(
                () ->
                    Api.as(TestUsers.LI)
                        .get("/api/v1/customers")
                        .then()
                        .body("code", equalTo("server.busy"))
                        .header("Retry-After", "1")
                        .extract()
                        .statusCode()));
      }
      for (Future<Integer> status : statuses) {
        assertThat(status.get(30, TimeUnit.SECONDS)).isEqualTo(503);
      }
    } finally {
      callers.shutdownNow();
      release(taken);
    }
    awaitEveryPlaceFree();
    Api.as(TestUsers.LI).get("/api/v1/customers").then().statusCode(200);
  }

  @Test
  void callersThatHangUpWhileWaiting_giveTheirPlacesBack() throws Exception {
    List<Connection> taken = takeEveryConnection();
    List<Socket> impatient = new ArrayList<>();
    try {
      for (int i = 0; i < poolSize + 3; i++) {
        impatient.add(sendAndKeepWaiting("/api/v1/customers"));
      }
      await("three callers queue behind the admitted ones")
          .atMost(Duration.ofSeconds(10))
          .until(() -> admission.waiting() == 3);
    } finally {
      for (Socket socket : impatient) {
        socket.close();
      }
      release(taken);
    }
    awaitEveryPlaceFree();
    Api.as(TestUsers.LI).get("/api/v1/customers").then().statusCode(200);
  }

  // The management URL is rooted at /q already.
  @TestHTTPResource(value = "/metrics", management = true)
  URL metricsUrl;

  @Test
  void theAdmissionQueue_isPublishedAsMetrics_onTheManagementInterface() {
    String metrics = RestAssured.get(metricsUrl).then().statusCode(200).extract().asString();

    assertThat(metrics).contains("crm_admission_waiting ").contains("crm_admission_free ");
  }

  private List<Connection> takeEveryConnection() throws SQLException {
    List<Connection> taken = new ArrayList<>();
    for (int i = 0; i < poolSize; i++) {
      taken.add(dataSource.getConnection());
    }
    return taken;
  }

  private static void release(List<Connection> taken) throws SQLException {
    for (Connection connection : taken) {
      connection.close();
    }
  }

  private Socket sendAndKeepWaiting(String path) throws IOException {
    Socket socket = new Socket(server.getHost(), server.getPort());
    OutputStream out = socket.getOutputStream();
    out.write(
        ("GET "
                + path
                + " HTTP/1.1\r\nHost: localhost\r\nAuthorization: "
                + TestUsers.LI.bearer()
                + "\r\n\r\n")
            .getBytes(StandardCharsets.US_ASCII));
    out.flush();
    return socket;
  }

  private void awaitEveryPlaceFree() {
    await("every place free again, nobody waiting")
        .atMost(Duration.ofSeconds(10))
        .until(() -> admission.free() == poolSize && admission.waiting() == 0);
  }
}
