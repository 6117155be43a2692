package org.opencrm.crm.lead;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.opencrm.crm.support.Api.as;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.opencrm.crm.bootstrap.jobs.PoolSweep;
import org.opencrm.crm.support.CrmTestResources;
import org.opencrm.crm.support.Leads;
import org.opencrm.crm.support.TestDatabase;
import org.opencrm.crm.support.TestUsers;

/**
 * The story of one lead, end to end over HTTP: a web form captures it, the duplicate check keeps a
 * rep from entering it twice, a rep claims it from the pool and neglects it, the sweep returns it,
 * a colleague claims it, follows up and converts it into a customer.
 */
@QuarkusTest
@WithTestResource(CrmTestResources.class)
class LeadLifecycleScenarioTest {

  @Inject PoolSweep sweep;

  @Test
  void captureCheckClaimNeglectReturnClaimFollowUpConvert() {
    String phone = Leads.uniquePhone();
    String company = Leads.uniqueCompany();

    // A web form captures the lead: it lands in the pool.
    String lead =
        Leads.capture(
                TestUsers.WEBFORM,
                Leads.body("company", company + "有限公司", "phones", List.of(phone)))
            .path("id");

    // A rep who met the same person tries to enter them again: refused, pointed at the pool.
    as(TestUsers.ZHANG)
        .body(Leads.body("company", "北京" + company + "股份有限公司", "phones", List.of(phone)))
        .post("/api/v1/leads")
        .then()
        .statusCode(409)
        .body("duplicates[0].disclosure", equalTo("IN_POOL"))
        .body("duplicates[0].id", equalTo(lead));

    // Another rep claims it and lets it lie for longer than the policy allows.
    Leads.claim(TestUsers.HAN, lead).response().then().statusCode(200);
    TestDatabase.execute(
        "UPDATE lead SET held_since = now() - interval '400 days' WHERE id = ?",
        UUID.fromString(lead));
    assertThat(sweep.sweep().returned()).isGreaterThanOrEqualTo(1);
    as(TestUsers.ZHANG)
        .get("/api/v1/leads/{id}", lead)
        .then()
        .body("status", equalTo("POOL"))
        .body("masked", equalTo(true));

    // Now the first rep may take it, follow up and convert it.
    Leads.claim(TestUsers.ZHANG, lead).response().then().statusCode(200);
    as(TestUsers.ZHANG)
        .body(Map.of("type", "VISIT", "content", "Visited the factory; ready to buy"))
        .post("/api/v1/leads/{id}/follow-ups", lead)
        .then()
        .statusCode(201);
    String customer =
        as(TestUsers.ZHANG)
            .body(Map.of())
            .post("/api/v1/leads/{id}/convert", lead)
            .then()
            .statusCode(200)
            .extract()
            .path("customerId");
    as(TestUsers.ZHANG)
        .get("/api/v1/customers/{id}", customer)
        .then()
        .body("ownerId", equalTo("zhang.wei"))
        .body("team", equalTo("north"));

    // Its history tells the whole story; the earlier holder no longer sees it.
    List<String> actions =
        as(TestUsers.ZHANG)
            .get("/api/v1/leads/{id}/history", lead)
            .then()
            .extract()
            .path("items.action");
    assertThat(actions)
        .containsExactly("CONVERTED", "CLAIMED", "RETURNED_TO_POOL", "CLAIMED", "CAPTURED");
    as(TestUsers.HAN).get("/api/v1/leads/{id}", lead).then().statusCode(404);

    // The customer is now the party a new entry collides with.
    as(TestUsers.LI)
        .body(Map.of("candidates", List.of(Map.of("phones", List.of(phone)))))
        .post("/api/v1/duplicate-checks")
        .then()
        .body("results[0].duplicates.kind", equalTo(List.of("CONTACT")));
  }
}
