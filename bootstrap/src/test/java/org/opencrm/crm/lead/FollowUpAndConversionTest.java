package org.opencrm.crm.lead;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.opencrm.crm.support.Api.as;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.opencrm.crm.support.Api;
import org.opencrm.crm.support.CrmTestResources;
import org.opencrm.crm.support.Leads;
import org.opencrm.crm.support.TestDatabase;
import org.opencrm.crm.support.TestUsers;

/** The follow-up log of leads and customers, and converting a lead into a customer. */
@QuarkusTest
@WithTestResource(CrmTestResources.class)
class FollowUpAndConversionTest {

  private static Map<String, Object> call(String content) {
    return Map.of(
        "type",
        "CALL",
        "occurredAt",
        Instant.now().minus(1, ChronoUnit.HOURS).toString(),
        "content",
        content,
        "outcome",
        "Wants a demo",
        "nextFollowUpOn",
        LocalDate.now(ZoneOffset.UTC).plusDays(30).toString());
  }

  @Test
  void aFollowUp_isLogged_byItsAuthor_andRestartsTheAutoReturnClock() {
    String id = Leads.held(TestUsers.LI);
    TestDatabase.execute(
        "UPDATE lead SET held_since = now() - interval '20 days' WHERE id = ?",
        java.util.UUID.fromString(id));
    Instant before =
        Instant.parse(
            as(TestUsers.LI)
                .get("/api/v1/leads/{id}/pool-status", id)
                .then()
                .body("rule", equalTo("NO_FOLLOW_UP"))
                .extract()
                .path("returnsAt"));
    as(TestUsers.LI)
        .body(call("Discussed the quote"))
        .post("/api/v1/leads/{id}/follow-ups", id)
        .then()
        .statusCode(201)
        .body("authorId", equalTo("li.lei"))
        .body("authorName", equalTo("李雷"))
        .body("leadId", equalTo(id))
        .body("type", equalTo("CALL"));
    as(TestUsers.LI)
        .get("/api/v1/leads/{id}", id)
        .then()
        .body("lastFollowUpAt", org.hamcrest.Matchers.notNullValue());
    Instant after =
        Instant.parse(
            as(TestUsers.LI)
                .get("/api/v1/leads/{id}/pool-status", id)
                .then()
                .extract()
                .path("returnsAt"));
    // Taken 20 days ago, followed up an hour ago: the deadline now runs from the follow-up.
    assertThat(after).isAfter(before.plus(19, ChronoUnit.DAYS));
    as(TestUsers.LI)
        .body(call("Second call"))
        .post("/api/v1/leads/{id}/follow-ups", id)
        .then()
        .statusCode(201);
    as(TestUsers.LI)
        .get("/api/v1/leads/{id}/follow-ups?limit=1", id)
        .then()
        .statusCode(200)
        .body("items", hasSize(1))
        .body("nextCursor", org.hamcrest.Matchers.notNullValue());
  }

  @Test
  void badFollowUps_areRefused() {
    String id = Leads.held(TestUsers.LI);
    as(TestUsers.LI)
        .body(Map.of("type", "CALL", "content", "x", "occurredAt", "2099-01-01T00:00:00Z"))
        .post("/api/v1/leads/{id}/follow-ups", id)
        .then()
        .statusCode(422)
        .body("code", equalTo("followup.in-the-future"));
    as(TestUsers.LI)
        .body(Map.of("type", "FAX", "content", "x"))
        .post("/api/v1/leads/{id}/follow-ups", id)
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("type"));
    as(TestUsers.LI)
        .body(Map.of("type", "CALL"))
        .post("/api/v1/leads/{id}/follow-ups", id)
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("content"));
    as(TestUsers.HAN)
        .body(call("not mine"))
        .post("/api/v1/leads/{id}/follow-ups", id)
        .then()
        .statusCode(404);
    as(TestUsers.LI)
        .body(call("pooled"))
        .post("/api/v1/leads/{id}/follow-ups", Leads.pooled())
        .then()
        .statusCode(403)
        .body("code", equalTo("lead.claim-first"));
  }

  @Test
  void customers_haveAFollowUpLogToo_forEveryoneWhoServesThem() {
    String customer = Api.createCustomer(TestUsers.LI, Leads.uniqueCompany());
    as(TestUsers.CHEN)
        .body(call("Complaint about delivery handled"))
        .post("/api/v1/customers/{id}/follow-ups", customer)
        .then()
        .statusCode(201)
        .body("customerId", equalTo(customer));
    as(TestUsers.ZHANG)
        .body(call("not mine"))
        .post("/api/v1/customers/{id}/follow-ups", customer)
        .then()
        .statusCode(404);
    as(TestUsers.LI)
        .get("/api/v1/customers/{id}/follow-ups", customer)
        .then()
        .statusCode(200)
        .body("items[0].authorId", equalTo("chen.jing"));
  }

  @Test
  void convert_createsCustomerAndPrimaryContact_movesFollowUps_andOnlyOnce() {
    String phone = Leads.uniquePhone();
    String company = Leads.uniqueCompany() + "有限公司";
    String id =
        Leads.capture(
                TestUsers.LI,
                Leads.body("company", company, "phones", List.of(phone), "title", "采购经理"))
            .path("id");
    as(TestUsers.LI).body(call("Signed the intent")).post("/api/v1/leads/{id}/follow-ups", id);

    var converted =
        as(TestUsers.LI)
            .body(Map.of())
            .post("/api/v1/leads/{id}/convert", id)
            .then()
            .statusCode(200)
            .body("lead.status", equalTo("CONVERTED"))
            .extract();
    String customer = converted.path("customerId");
    assertThat((String) converted.path("lead.customerId")).isEqualTo(customer);
    as(TestUsers.LI)
        .get("/api/v1/customers/{id}", customer)
        .then()
        .statusCode(200)
        .body("name", equalTo(company))
        .body("kind", equalTo("COMPANY"))
        .body("ownerId", equalTo("li.lei"))
        .body("sourceChannel", equalTo("WEB_FORM"));
    as(TestUsers.LI)
        .get("/api/v1/customers/{id}/contacts", customer)
        .then()
        .body("items", hasSize(1))
        .body("items[0].name", equalTo("王小明"))
        .body("items[0].primary", equalTo(true))
        .body("items[0].phones[0]", equalTo("+86" + phone));
    as(TestUsers.LI)
        .get("/api/v1/customers/{id}/follow-ups", customer)
        .then()
        .body("items", hasSize(1))
        .body("items[0].leadId", equalTo(id));

    as(TestUsers.LI)
        .body(Map.of())
        .post("/api/v1/leads/{id}/convert", id)
        .then()
        .statusCode(409)
        .body("code", equalTo("lead.already-converted"));
  }

  @Test
  void convert_canAttachThePersonToAnExistingCustomer() {
    String customer = Api.createCustomer(TestUsers.LI, Leads.uniqueCompany());
    as(TestUsers.LI)
        .body(Map.of("name", "Existing contact"))
        .post("/api/v1/customers/{id}/contacts", customer)
        .then()
        .statusCode(201);
    String id = Leads.held(TestUsers.LI);
    as(TestUsers.LI)
        .body(Map.of("existingCustomerId", customer))
        .post("/api/v1/leads/{id}/convert", id)
        .then()
        .statusCode(200)
        .body("customerId", equalTo(customer));
    as(TestUsers.LI)
        .get("/api/v1/customers/{id}/contacts", customer)
        .then()
        .body("items", hasSize(2))
        .body("items[1].primary", equalTo(false));
  }

  @Test
  void aFailedConversion_leavesNothingHalfWritten() {
    String othersCustomer = Api.createCustomer(TestUsers.ZHANG, Leads.uniqueCompany());
    String id = Leads.held(TestUsers.LI);
    as(TestUsers.LI)
        .body(Map.of("existingCustomerId", othersCustomer))
        .post("/api/v1/leads/{id}/convert", id)
        .then()
        .statusCode(404);
    as(TestUsers.LI).get("/api/v1/leads/{id}", id).then().body("status", equalTo("OWNED"));
    as(TestUsers.LI)
        .body(Map.of())
        .post("/api/v1/leads/{id}/convert", Leads.pooled())
        .then()
        .statusCode(403)
        .body("code", equalTo("lead.claim-first"));
  }

  @Test
  void convert_canOpenAnOpportunity_inTheSameTransaction_withThePersonInvolved() {
    String id = Leads.held(TestUsers.LI);
    var converted =
        as(TestUsers.LI)
            .body(
                Map.of(
                    "opportunity",
                    Map.of(
                        "name",
                        "First order",
                        "amount",
                        Map.of("amount", "88000.00", "currency", "CNY"),
                        "expectedCloseDate",
                        "2027-05-31")))
            .post("/api/v1/leads/{id}/convert", id)
            .then()
            .statusCode(200)
            .body("opportunityId", org.hamcrest.Matchers.notNullValue())
            .extract();
    as(TestUsers.LI)
        .get("/api/v1/opportunities/{id}", converted.<String>path("opportunityId"))
        .then()
        .statusCode(200)
        .body("customerId", equalTo(converted.path("customerId")))
        .body("ownerId", equalTo("li.lei"))
        .body("stageName", equalTo("Qualification"))
        .body("amount.amount", equalTo("88000.00"))
        .body("contacts[0].contactId", equalTo(converted.path("contactId")));
  }

  @Test
  void aConversionWhoseOpportunityIsRefused_convertsNothing_andNamesTheOpportunitysField() {
    String id = Leads.held(TestUsers.LI);
    as(TestUsers.LI)
        .body(
            Map.of(
                "opportunity",
                Map.of(
                    "name",
                    "Straight to proposal",
                    "stageId",
                    "7e1f0000-0000-4000-8000-000000000003")))
        .post("/api/v1/leads/{id}/convert", id)
        .then()
        .statusCode(422)
        .body("code", equalTo("opportunity.stage-requirements"))
        .body(
            "errors.field",
            equalTo(List.of("opportunity.amount", "opportunity.expectedCloseDate")));
    as(TestUsers.LI)
        .body(
            Map.of(
                "opportunity",
                Map.of(
                    "name", "Bad money", "amount", Map.of("amount", "1.001", "currency", "CNY"))))
        .post("/api/v1/leads/{id}/convert", id)
        .then()
        .statusCode(422)
        .body("errors[0].field", equalTo("opportunity.amount.amount"));
    as(TestUsers.LI)
        .body(Map.of("opportunity", Map.of("amount", Map.of("amount", "1.00", "currency", "CNY"))))
        .post("/api/v1/leads/{id}/convert", id)
        .then()
        .statusCode(400);
    as(TestUsers.LI).get("/api/v1/leads/{id}", id).then().body("status", equalTo("OWNED"));
  }
}
