package org.opencrm.crm.customer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencrm.crm.support.Api.as;
import static org.opencrm.crm.support.Api.uniqueName;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.opencrm.crm.support.Api;
import org.opencrm.crm.support.Concurrently;
import org.opencrm.crm.support.CrmTestResources;
import org.opencrm.crm.support.TestUsers;

/**
 * Real parallel requests: no lost update, no double creation. A 503 server.busy is retried as a
 * client would (see {@link Concurrently}), so only the race's outcome is asserted.
 */
@QuarkusTest
@WithTestResource(CrmTestResources.class)
class ConcurrencyTest {

  private static final int PARALLEL = 8;

  @Test
  void parallelChangesOfTheSameVersion_exactlyOneWins_theOthersGet412() throws Exception {
    String id = Api.createCustomer(TestUsers.LI, uniqueName("Contended"));

    List<Integer> statuses =
        Concurrently.statuses(
            PARALLEL,
            call ->
                as(TestUsers.LI)
                    .contentType(Api.MERGE_PATCH)
                    .header("If-Match", "\"0\"")
                    .body(Map.of("notes", UUID.randomUUID().toString()))
                    .patch("/api/v1/customers/{id}", id));

    assertThat(statuses).filteredOn(s -> s == 200).hasSize(1);
    assertThat(statuses).filteredOn(s -> s != 200).containsOnly(412);
    as(TestUsers.LI)
        .get("/api/v1/customers/{id}", id)
        .then()
        .statusCode(200)
        .header("ETag", "\"1\"");
  }

  @Test
  void parallelRetriesWithOneIdempotencyKey_createOneCustomer() throws Exception {
    String key = UUID.randomUUID().toString();
    String tag = "race-" + key.substring(0, 8);
    Map<String, Object> body = Map.of("name", uniqueName("Retried"), "tags", List.of(tag));

    List<Integer> statuses =
        Concurrently.statuses(
            PARALLEL,
            call ->
                as(TestUsers.LI)
                    .header("Idempotency-Key", key)
                    .body(body)
                    .post("/api/v1/customers"));

    // Requests that overlap the first one are told to retry (409); none creates a second record.
    // Whether any overlap at all depends on the machine's speed: both outcomes are right.
    assertThat(statuses).contains(201).isSubsetOf(201, 409);
    List<String> ids =
        as(TestUsers.LI).get("/api/v1/customers?tag=" + tag).then().extract().path("items.id");
    assertThat(ids).hasSize(1);
    as(TestUsers.LI)
        .header("Idempotency-Key", key)
        .body(body)
        .post("/api/v1/customers")
        .then()
        .statusCode(201)
        .body("id", org.hamcrest.Matchers.equalTo(ids.get(0)));
  }
}
