package org.opencrm.crm.domain.customer;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.opencrm.crm.domain.shared.TeamId;
import org.opencrm.crm.domain.shared.UserId;
import org.opencrm.crm.domain.shared.event.DomainEvent;
import org.opencrm.crm.domain.shared.event.RecordedChanges;
import org.opencrm.crm.domain.shared.event.ReportedChange;

/** The events a customer records, and which of its fields they never reveal. */
class CustomerEventsTest {

  static final Instant T0 = Instant.parse("2026-11-01T08:00:00Z");
  static final Instant T1 = Instant.parse("2026-11-02T08:00:00Z");
  static final UserId LI = new UserId("li");
  static final UserId HAN = new UserId("han");
  static final TeamId EAST = new TeamId("east");

  static Customer saved(Customer customer) {
    customer.takeRecordedChanges();
    return customer;
  }

  @Test
  void aCreatedCompany_showsItsName_andNamesItsOwner() {
    DomainEvent created =
        Customer.create(CustomerTest.profile("杭州钢铁有限公司"), LI, EAST, T0)
            .takeRecordedChanges()
            .events()
            .get(0);
    assertThat(created.type()).isEqualTo("customer.created");
    assertThat(created.historyAction()).isEqualTo("CREATED");
    assertThat(created.references()).isEqualTo(Map.of("ownerId", "li", "team", "east"));
    assertThat(created.changes()).contains(new ReportedChange("name", null, "杭州钢铁有限公司", false));
  }

  @Test
  void aPrivatePersonsName_isMasked() {
    CustomerProfile company = CustomerTest.profile("王小明");
    CustomerProfile person =
        new CustomerProfile(
            company.name(),
            CustomerKind.PERSON,
            null,
            null,
            company.region(),
            null,
            company.tags(),
            null,
            null,
            "likes tea",
            null);
    DomainEvent created =
        Customer.create(person, LI, EAST, T0).takeRecordedChanges().events().get(0);
    assertThat(created.changes())
        .contains(new ReportedChange("name", null, null, true))
        .contains(new ReportedChange("notes", null, null, true))
        .contains(new ReportedChange("kind", null, "PERSON", false));
  }

  @Test
  void aCustomerFromALead_andItsContact_nameTheLead() {
    UUID lead = UUID.randomUUID();
    Customer customer =
        Customer.convertedFrom(lead, CustomerTest.profile("杭州钢铁有限公司"), LI, null, T0);
    Contact contact = customer.addContactFromLead(lead, CustomerTest.contact("王", false), T0);
    RecordedChanges recorded = customer.takeRecordedChanges();
    assertThat(recorded.events())
        .extracting(DomainEvent::historyAction)
        .containsExactly("CREATED_FROM_LEAD", "CONTACT_FROM_LEAD");
    assertThat(recorded.events().get(0).references())
        .isEqualTo(Map.of("ownerId", "li", "leadId", lead.toString()));
    DomainEvent added = recorded.events().get(1);
    assertThat(added.references())
        .isEqualTo(Map.of("contactId", contact.id().toString(), "leadId", lead.toString()));
    String prefix = "contacts." + contact.id() + ".";
    assertThat(added.changes())
        .contains(new ReportedChange(prefix + "name", null, null, true))
        .contains(new ReportedChange(prefix + "phones", null, null, true))
        .contains(new ReportedChange(prefix + "email", null, null, true))
        .contains(new ReportedChange(prefix + "title", null, "Buyer", false));
  }

  @Test
  void aTransfer_isItsOwnEvent_thatTheHistoryCallsAnUpdate() {
    Customer customer = saved(Customer.create(CustomerTest.profile("杭钢"), LI, EAST, T0));
    customer.transferTo(HAN, EAST, T1);
    DomainEvent transferred = customer.takeRecordedChanges().events().get(0);
    assertThat(transferred.type()).isEqualTo("customer.transferred");
    assertThat(transferred.historyAction()).isEqualTo("UPDATED");
    assertThat(transferred.references())
        .isEqualTo(Map.of("ownerId", "han", "team", "east", "previousOwnerId", "li"));
  }

  @Test
  void contactChangesAndArchiving_eachRecordTheirEvent() {
    Customer customer = saved(Customer.create(CustomerTest.profile("杭钢"), LI, EAST, T0));
    Contact first = customer.addContact(CustomerTest.contact("a", true), T0);
    customer.reviseContact(first.id(), first.version(), CustomerTest.contact("b", true), T1);
    customer.removeContact(first.id(), first.version(), T1);
    customer.archive(T1);
    assertThat(customer.takeRecordedChanges().events())
        .extracting(DomainEvent::type)
        .containsExactly(
            "customer.contact-added",
            "customer.contact-updated",
            "customer.contact-removed",
            "customer.archived");
  }
}
