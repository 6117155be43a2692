package org.opencrm.crm.customer;

import static org.hamcrest.Matchers.equalTo;
import static org.opencrm.crm.support.Api.as;
import static org.opencrm.crm.support.Api.uniqueName;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.opencrm.crm.support.Api;
import org.opencrm.crm.support.CrmTestResources;
import org.opencrm.crm.support.TestUsers;

/** No lost updates: changes need the version read, and a stale one is refused. */
@QuarkusTest
@WithTestResource(CrmTestResources.class)
class PreconditionTest {

  @Test
  void patchWithoutIfMatch_is428() {
    String id = Api.createCustomer(TestUsers.LI, uniqueName("NoIfMatch"));
    as(TestUsers.LI)
        .contentType(Api.MERGE_PATCH)
        .body(Map.of("notes", "x"))
        .patch("/api/v1/customers/{id}", id)
        .then()
        .statusCode(428)
        .body("code", equalTo("precondition.if-match-required"));
  }

  @Test
  void deleteWithoutIfMatch_is428() {
    String id = Api.createCustomer(TestUsers.LI, uniqueName("NoIfMatch"));
    as(TestUsers.LI).delete("/api/v1/customers/{id}", id).then().statusCode(428);
  }

  @Test
  void secondWriterWithTheSameVersion_is412_andTheFirstChangeSurvives() {
    String id = Api.createCustomer(TestUsers.LI, uniqueName("Race"));
    as(TestUsers.LI)
        .contentType(Api.MERGE_PATCH)
        .header("If-Match", "\"0\"")
        .body(Map.of("notes", "first"))
        .patch("/api/v1/customers/{id}", id)
        .then()
        .statusCode(200);

    as(TestUsers.LI)
        .contentType(Api.MERGE_PATCH)
        .header("If-Match", "\"0\"")
        .body(Map.of("notes", "second"))
        .patch("/api/v1/customers/{id}", id)
        .then()
        .statusCode(412)
        .body("code", equalTo("record.version-conflict"));

    as(TestUsers.LI).get("/api/v1/customers/{id}", id).then().body("notes", equalTo("first"));
  }

  @Test
  void malformedIfMatch_is400() {
    String id = Api.createCustomer(TestUsers.LI, uniqueName("BadTag"));
    as(TestUsers.LI)
        .header("If-Match", "yesterday")
        .delete("/api/v1/customers/{id}", id)
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("If-Match"));
  }

  @Test
  void patchClearingARequiredField_is422_andChangesNothing() {
    String id = Api.createCustomer(TestUsers.LI, uniqueName("Keep"));
    as(TestUsers.LI)
        .contentType(Api.MERGE_PATCH)
        .header("If-Match", "\"0\"")
        .body("{\"name\": null, \"notes\": \"lost?\"}")
        .patch("/api/v1/customers/{id}", id)
        .then()
        .statusCode(422)
        .body("code", equalTo("value.required"))
        .body("errors[0].field", equalTo("name"));
    as(TestUsers.LI)
        .get("/api/v1/customers/{id}", id)
        .then()
        .body("version", equalTo(0))
        .body("notes", equalTo(null));
  }

  @Test
  void patchThatIsNotAnObject_is400() {
    String id = Api.createCustomer(TestUsers.LI, uniqueName("Array"));
    as(TestUsers.LI)
        .contentType(Api.MERGE_PATCH)
        .header("If-Match", "\"0\"")
        .body("[1,2]")
        .patch("/api/v1/customers/{id}", id)
        .then()
        .statusCode(400);
  }
}
