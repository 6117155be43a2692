package org.opencrm.crm.deal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.opencrm.crm.support.Api.as;
import static org.opencrm.crm.support.Api.uniqueName;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.opencrm.crm.support.CrmTestResources;
import org.opencrm.crm.support.TestUsers;

/** A customer's deal status, derived from its deals, shown and filtered on. */
@QuarkusTest
@WithTestResource(CrmTestResources.class)
class CustomerDealStatusTest {

  @Inject EntityManager em;

  private final String tag = "deals-" + UUID.randomUUID().toString().substring(0, 8);

  private String customer(String name) {
    return as(TestUsers.LI)
        .body(Map.of("name", uniqueName(name), "tags", List.of(tag)))
        .post("/api/v1/customers")
        .then()
        .statusCode(201)
        .body("dealStatus", equalTo("POTENTIAL"))
        .extract()
        .path("id");
  }

  private List<String> withStatus(String status) {
    return as(TestUsers.LI)
        .queryParam("tag", tag)
        .queryParam("dealStatus", status)
        .get("/api/v1/customers")
        .then()
        .statusCode(200)
        .extract()
        .path("items.id");
  }

  @Test
  void anOpenOpportunityNegotiates_aSignedContractCloses_andTheListFiltersOnIt() {
    String potential = customer("Potential Ltd");
    String negotiating = customer("Negotiating Ltd");
    String closed = customer("Closed Ltd");
    String opportunity =
        as(TestUsers.LI)
            .body(Map.of("customerId", negotiating, "name", "Talks"))
            .post("/api/v1/opportunities")
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    as(TestUsers.LI)
        .body(Map.of("customerId", closed, "name", "Talks too"))
        .post("/api/v1/opportunities")
        .then()
        .statusCode(201);
    String contract =
        as(TestUsers.LI)
            .body(
                Map.of(
                    "customerId",
                    closed,
                    "title",
                    "Signed",
                    "amount",
                    Map.of("amount", "10.00", "currency", "CNY")))
            .post("/api/v1/contracts")
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    // A draft is not signed yet.
    assertThat(withStatus("CLOSED")).isEmpty();
    as(TestUsers.LI).post("/api/v1/contracts/" + contract + "/submit").then().statusCode(200);

    assertThat(withStatus("POTENTIAL")).containsExactly(potential);
    assertThat(withStatus("NEGOTIATING")).containsExactly(negotiating);
    assertThat(withStatus("CLOSED")).containsExactly(closed);
    as(TestUsers.LI)
        .get("/api/v1/customers/" + negotiating)
        .then()
        .body("dealStatus", equalTo("NEGOTIATING"));
    as(TestUsers.LI)
        .get("/api/v1/customers/" + closed)
        .then()
        .body("dealStatus", equalTo("CLOSED"));

    // Lost, the deal no longer negotiates.
    as(TestUsers.LI)
        .body(Map.of("reason", "Price"))
        .post("/api/v1/opportunities/" + opportunity + "/lose")
        .then()
        .statusCode(200);
    assertThat(withStatus("POTENTIAL")).containsExactlyInAnyOrder(potential, negotiating);
    // Reopened, it negotiates again; the contract terminated, the open deal is what is left.
    as(TestUsers.WANG)
        .post("/api/v1/opportunities/" + opportunity + "/reopen")
        .then()
        .statusCode(200);
    as(TestUsers.LI)
        .body(Map.of("reason", "Customer insolvent"))
        .post("/api/v1/contracts/" + contract + "/terminate")
        .then()
        .statusCode(200);
    assertThat(withStatus("NEGOTIATING")).containsExactlyInAnyOrder(negotiating, closed);
    assertThat(withStatus("CLOSED")).isEmpty();

    // Whatever the tests did so far, every customer's kept status is the one its deals give.
    assertThat(
            em.createNativeQuery(
                    "SELECT c.id FROM customer c WHERE c.deal_status <> CASE WHEN EXISTS (SELECT 1"
                        + " FROM contract k WHERE k.customer_id = c.id AND k.status IN ('ACTIVE',"
                        + " 'COMPLETED')) THEN 'CLOSED' WHEN EXISTS (SELECT 1 FROM opportunity o"
                        + " WHERE o.customer_id = c.id AND o.status = 'OPEN') THEN 'NEGOTIATING'"
                        + " ELSE 'POTENTIAL' END")
                .getResultList())
        .isEmpty();
    as(TestUsers.LI)
        .queryParam("dealStatus", "SIGNED")
        .get("/api/v1/customers")
        .then()
        .statusCode(400);
  }
}
