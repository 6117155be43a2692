package org.opencrm.crm.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencrm.crm.support.Api.as;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.opencrm.crm.support.Api;
import org.opencrm.crm.support.CrmTestResources;
import org.opencrm.crm.support.TestUsers;

/** Links are never built from the Host header a caller sends. */
@QuarkusTest
@WithTestResource(CrmTestResources.class)
class LocationTest {

  @Test
  void aForgedHostHeader_doesNotReachTheLocation() {
    var created =
        as(TestUsers.LI)
            .header("Host", "evil.example.com")
            .body(Map.of("name", Api.uniqueName("Host Co")))
            .post("/api/v1/customers")
            .then()
            .statusCode(201)
            .extract();

    // No public base URL is configured in the tests: a relative reference, resolved by the client.
    assertThat(created.header("Location")).isEqualTo("/api/v1/customers/" + created.path("id"));
  }
}
