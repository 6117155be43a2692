package org.opencrm.crm.application.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.opencrm.crm.domain.contract.ContractEvent;
import org.opencrm.crm.domain.contract.ContractId;
import org.opencrm.crm.domain.customer.ContactId;
import org.opencrm.crm.domain.customer.CustomerEvent;
import org.opencrm.crm.domain.customer.CustomerId;
import org.opencrm.crm.domain.deal.OpportunityEvent;
import org.opencrm.crm.domain.deal.OpportunityId;
import org.opencrm.crm.domain.deal.ProductEvent;
import org.opencrm.crm.domain.deal.ProductId;
import org.opencrm.crm.domain.deal.StageId;
import org.opencrm.crm.domain.lead.LeadEvent;
import org.opencrm.crm.domain.lead.LeadId;
import org.opencrm.crm.domain.shared.TeamId;
import org.opencrm.crm.domain.shared.UserId;
import org.opencrm.crm.domain.shared.event.DomainEvent;

/**
 * The published catalogue against the domain's events: every type listed, every reference named.
 */
class EventTypeTest {

  static final Instant NOW = Instant.parse("2026-12-03T08:00:00Z");
  static final LeadId LEAD = LeadId.newId();
  static final CustomerId CUSTOMER = CustomerId.newId();
  static final ProductId PRODUCT = ProductId.newId();
  static final OpportunityId OPPORTUNITY = OpportunityId.newId();
  static final ContractId CONTRACT = ContractId.newId();
  static final ContactId CONTACT = ContactId.newId();
  static final UserId LI = new UserId("li");
  static final UserId HAN = new UserId("han");
  static final TeamId EAST = new TeamId("east");
  static final UUID ID = UUID.randomUUID();

  /** Every event type, each with every optional reference it can carry. */
  static final List<DomainEvent> FULLEST =
      List.of(
          new LeadEvent.Captured(LEAD, LI, EAST, NOW, List.of()),
          new LeadEvent.Updated(LEAD, NOW, List.of()),
          new LeadEvent.Claimed(LEAD, LI, EAST, NOW, List.of()),
          new LeadEvent.Assigned(LEAD, LI, EAST, HAN, NOW, List.of()),
          new LeadEvent.Released(LEAD, LI, "why", NOW, List.of()),
          new LeadEvent.ReturnedToPool(LEAD, LI, "why", NOW, List.of()),
          new LeadEvent.Disqualified(LEAD, "why", NOW, List.of()),
          new LeadEvent.Converted(LEAD, ID, NOW, List.of()),
          new CustomerEvent.Created(CUSTOMER, LI, EAST, ID, NOW, List.of()),
          new CustomerEvent.Updated(CUSTOMER, NOW, List.of()),
          new CustomerEvent.Transferred(CUSTOMER, HAN, EAST, LI, NOW, List.of()),
          new CustomerEvent.Archived(CUSTOMER, NOW, List.of()),
          new CustomerEvent.ContactAdded(CUSTOMER, CONTACT, ID, NOW, List.of()),
          new CustomerEvent.ContactUpdated(CUSTOMER, CONTACT, NOW, List.of()),
          new CustomerEvent.ContactRemoved(CUSTOMER, CONTACT, NOW, List.of()),
          new ProductEvent.Created(PRODUCT, NOW, List.of()),
          new ProductEvent.Updated(PRODUCT, NOW, List.of()),
          new ProductEvent.Deactivated(PRODUCT, NOW, List.of()),
          new ProductEvent.Reactivated(PRODUCT, NOW, List.of()),
          new OpportunityEvent.Opened(OPPORTUNITY, CUSTOMER, LI, EAST, NOW, List.of()),
          new OpportunityEvent.Updated(OPPORTUNITY, NOW, List.of()),
          new OpportunityEvent.StageChanged(
              OPPORTUNITY, StageId.newId(), StageId.newId(), NOW, List.of()),
          new OpportunityEvent.Won(OPPORTUNITY, NOW, List.of()),
          new OpportunityEvent.Lost(OPPORTUNITY, "Price", NOW, List.of()),
          new OpportunityEvent.Reopened(OPPORTUNITY, NOW, List.of()),
          new OpportunityEvent.Transferred(OPPORTUNITY, HAN, EAST, LI, NOW, List.of()),
          new ContractEvent.Drafted(
              CONTRACT, CUSTOMER, OPPORTUNITY.value(), LI, EAST, NOW, List.of()),
          new ContractEvent.Updated(CONTRACT, NOW, List.of()),
          new ContractEvent.Submitted(CONTRACT, NOW, List.of()),
          new ContractEvent.Approved(CONTRACT, HAN, "ok", NOW, List.of()),
          new ContractEvent.Rejected(CONTRACT, HAN, "no", NOW, List.of()),
          new ContractEvent.Activated(CONTRACT, NOW, List.of()),
          new ContractEvent.Completed(CONTRACT, NOW, List.of()),
          new ContractEvent.Terminated(CONTRACT, "why", NOW, List.of()),
          new ContractEvent.PaymentPlanSet(CONTRACT, NOW, List.of()),
          new ContractEvent.PaymentReceived(CONTRACT, ID, NOW, List.of()),
          new ContractEvent.PaymentReversed(CONTRACT, ID, "why", NOW, List.of()),
          new ContractEvent.InvoiceIssued(CONTRACT, ID, NOW, List.of()),
          new ContractEvent.Transferred(CONTRACT, HAN, EAST, LI, NOW, List.of()));

  /** The types with optional references, carrying only those every event of the type has. */
  static final List<DomainEvent> LEANEST =
      List.of(
          new LeadEvent.Captured(LEAD, null, null, NOW, List.of()),
          new LeadEvent.Claimed(LEAD, LI, null, NOW, List.of()),
          new LeadEvent.Assigned(LEAD, LI, null, null, NOW, List.of()),
          new CustomerEvent.Created(CUSTOMER, LI, null, null, NOW, List.of()),
          new CustomerEvent.Transferred(CUSTOMER, HAN, null, LI, NOW, List.of()),
          new CustomerEvent.ContactAdded(CUSTOMER, CONTACT, null, NOW, List.of()),
          new OpportunityEvent.Opened(OPPORTUNITY, CUSTOMER, LI, null, NOW, List.of()),
          new OpportunityEvent.Transferred(OPPORTUNITY, HAN, null, LI, NOW, List.of()),
          new ContractEvent.Drafted(CONTRACT, CUSTOMER, null, LI, null, NOW, List.of()));

  @Test
  void everyDomainEventClass_hasOneCatalogueEntry() {
    long classes =
        Stream.of(
                LeadEvent.class,
                CustomerEvent.class,
                ProductEvent.class,
                OpportunityEvent.class,
                ContractEvent.class)
            .mapToLong(family -> family.getPermittedSubclasses().length)
            .sum();
    assertThat(FULLEST).hasSize((int) classes);
    assertThat(FULLEST.stream().map(DomainEvent::type).collect(Collectors.toSet()))
        .isEqualTo(
            Stream.of(EventType.values()).map(EventType::typeName).collect(Collectors.toSet()));
  }

  @Test
  void anEventsReferences_areThoseItsTypeDocuments_andTheAlwaysOnesArePresent() {
    for (DomainEvent event : Stream.concat(FULLEST.stream(), LEANEST.stream()).toList()) {
      EventType type = EventType.named(event.type()).orElseThrow();
      Set<String> documented =
          type.references().stream().map(EventType.Reference::key).collect(Collectors.toSet());
      Set<String> always =
          type.references().stream()
              .filter(EventType.Reference::always)
              .map(EventType.Reference::key)
              .collect(Collectors.toSet());
      assertThat(documented).as(event.type()).containsAll(event.references().keySet());
      assertThat(event.references().keySet()).as(event.type()).containsAll(always);
      assertThat(type.subjectType()).isEqualTo(event.subjectType());
    }
  }

  @Test
  void theFullestEvents_useEveryDocumentedReference() {
    for (DomainEvent event : FULLEST) {
      EventType type = EventType.named(event.type()).orElseThrow();
      assertThat(event.references().keySet())
          .as(event.type())
          .containsExactlyInAnyOrderElementsOf(
              type.references().stream().map(EventType.Reference::key).toList());
    }
  }
}
