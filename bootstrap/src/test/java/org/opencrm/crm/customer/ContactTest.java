package org.opencrm.crm.customer;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.opencrm.crm.support.Api.as;
import static org.opencrm.crm.support.Api.uniqueName;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.opencrm.crm.support.Api;
import org.opencrm.crm.support.CrmTestResources;
import org.opencrm.crm.support.TestUsers;

@QuarkusTest
@WithTestResource(CrmTestResources.class)
class ContactTest {

  private static String addContact(String customerId, Map<String, Object> body) {
    return as(TestUsers.LI)
        .body(body)
        .post("/api/v1/customers/{id}/contacts", customerId)
        .then()
        .statusCode(201)
        .extract()
        .path("id");
  }

  @Test
  void add_normalisesPhonesAndEmail_andTheFirstContactIsPrimary() {
    String customer = Api.createCustomer(TestUsers.LI, uniqueName("Contacts Inc"));

    as(TestUsers.LI)
        .body(
            Map.of(
                "name",
                "王芳",
                "title",
                "采购经理",
                "phones",
                List.of("138 0013 8000", "+1 650-253-0000"),
                "email",
                " Wang.Fang@Example.COM "))
        .post("/api/v1/customers/{id}/contacts", customer)
        .then()
        .statusCode(201)
        .header("ETag", "\"0\"")
        .body("phones", equalTo(List.of("+8613800138000", "+16502530000")))
        .body("email", equalTo("wang.fang@example.com"))
        .body("primary", equalTo(true))
        .body("customerId", equalTo(customer));
  }

  @Test
  void newPrimaryContact_demotesTheOld_andListsPrimaryFirst() {
    String customer = Api.createCustomer(TestUsers.LI, uniqueName("Two contacts"));
    String first = addContact(customer, Map.of("name", "First"));
    String second = addContact(customer, Map.of("name", "Second", "primary", true));

    as(TestUsers.LI)
        .get("/api/v1/customers/{id}/contacts", customer)
        .then()
        .statusCode(200)
        .body("items.id", equalTo(List.of(second, first)))
        .body("items.primary", equalTo(List.of(true, false)));
  }

  @Test
  void update_andRemove_needTheContactsVersion_andLeaveHistory() {
    String customer = Api.createCustomer(TestUsers.LI, uniqueName("Changing contact"));
    String contact = addContact(customer, Map.of("name", "Zhao", "title", "Buyer"));

    as(TestUsers.LI)
        .contentType(Api.MERGE_PATCH)
        .body(Map.of("title", "Head of purchasing"))
        .patch("/api/v1/customers/{c}/contacts/{id}", customer, contact)
        .then()
        .statusCode(428);
    as(TestUsers.LI)
        .contentType(Api.MERGE_PATCH)
        .header("If-Match", "\"0\"")
        .body("{\"title\": \"Head of purchasing\", \"phones\": [\"13900001111\"]}")
        .patch("/api/v1/customers/{c}/contacts/{id}", customer, contact)
        .then()
        .statusCode(200)
        .header("ETag", "\"1\"")
        .body("title", equalTo("Head of purchasing"))
        .body("phones", equalTo(List.of("+8613900001111")));
    as(TestUsers.LI)
        .header("If-Match", "\"0\"")
        .delete("/api/v1/customers/{c}/contacts/{id}", customer, contact)
        .then()
        .statusCode(412);
    as(TestUsers.LI)
        .header("If-Match", "\"1\"")
        .delete("/api/v1/customers/{c}/contacts/{id}", customer, contact)
        .then()
        .statusCode(204);
    as(TestUsers.LI)
        .get("/api/v1/customers/{c}/contacts/{id}", customer, contact)
        .then()
        .statusCode(404);

    as(TestUsers.LI)
        .get("/api/v1/customers/{id}/history", customer)
        .then()
        .body(
            "items.action",
            equalTo(List.of("CONTACT_REMOVED", "CONTACT_UPDATED", "CONTACT_ADDED", "CREATED")))
        .body(
            "items[1].changes.field",
            hasItems("contacts." + contact + ".title", "contacts." + contact + ".phones"));
  }

  @Test
  void invalidPhone_is422_namingItsPosition() {
    String customer = Api.createCustomer(TestUsers.LI, uniqueName("Bad phone"));
    as(TestUsers.LI)
        .body(Map.of("name", "Zhao", "phones", List.of("13800138000", "12345")))
        .post("/api/v1/customers/{id}/contacts", customer)
        .then()
        .statusCode(422)
        .body("code", equalTo("phone.invalid"))
        .body("errors[0].field", equalTo("phones[1]"));
    as(TestUsers.LI)
        .get("/api/v1/customers/{id}/contacts", customer)
        .then()
        .body("items", equalTo(List.of()));
  }

  @Test
  void invalidEmail_andTooManyPhones_areRefused() {
    String customer = Api.createCustomer(TestUsers.LI, uniqueName("Bad email"));
    as(TestUsers.LI)
        .body(Map.of("name", "Zhao", "email", "zhao@"))
        .post("/api/v1/customers/{id}/contacts", customer)
        .then()
        .statusCode(422)
        .body("code", equalTo("email.invalid"));
    as(TestUsers.LI)
        .body(Map.of("name", "Zhao", "phones", List.of("1", "2", "3", "4", "5", "6")))
        .post("/api/v1/customers/{id}/contacts", customer)
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("phones"));
  }

  @Test
  void contactsOfAnArchivedCustomer_cannotChange() {
    String customer = Api.createCustomer(TestUsers.LI, uniqueName("Archived contacts"));
    as(TestUsers.LI)
        .header("If-Match", "\"0\"")
        .delete("/api/v1/customers/{id}", customer)
        .then()
        .statusCode(204);
    as(TestUsers.ADMIN)
        .body(Map.of("name", "Late"))
        .post("/api/v1/customers/{id}/contacts", customer)
        .then()
        .statusCode(409)
        .body("code", equalTo("customer.archived"));
  }
}
