package org.opencrm.crm.operations;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import org.opencrm.crm.support.Api;
import org.opencrm.crm.support.CrmTestResources;
import org.opencrm.crm.support.TestUsers;

/** With every database connection taken, callers get a 503 to retry, not a 500 incident. */
@QuarkusTest
@WithTestResource(CrmTestResources.class)
class OverloadTest {

  @Inject DataSource dataSource;

  @ConfigProperty(name = "quarkus.datasource.jdbc.max-size")
  int poolSize;

  @Test
  void noFreeConnection_is503WithRetryAfter_andNothingIsWritten() throws SQLException {
    String name = Api.uniqueName("Overload");
    List<Connection> taken = new ArrayList<>();
    try {
      for (int i = 0; i < poolSize; i++) {
        taken.add(dataSource.getConnection());
      }
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
      for (Connection connection : taken) {
        connection.close();
      }
    }
    Api.as(TestUsers.LI)
        .queryParam("q", name)
        .get("/api/v1/customers")
        .then()
        .statusCode(200)
        .body("items.size()", equalTo(0));
  }
}
