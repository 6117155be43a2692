package org.opencrm.crm.domain.customer;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.opencrm.crm.domain.shared.TeamId;
import org.opencrm.crm.domain.shared.UserId;
import org.opencrm.crm.domain.shared.event.DomainEvent;
import org.opencrm.crm.domain.shared.event.ReportedChange;

/** What happened to a customer or its contacts, as {@link Customer} records it. */
public sealed interface CustomerEvent extends DomainEvent {

  String SUBJECT = "customer";

  CustomerId customer();

  @Override
  default String subjectType() {
    return SUBJECT;
  }

  @Override
  default UUID subjectId() {
    return customer().value();
  }

  /** The fields of a customer that describe a person: masked in every event. */
  static boolean isPersonal(String field, CustomerKind kind) {
    if (field.startsWith("contacts.")) {
      return field.endsWith(".name") || field.endsWith(".phones") || field.endsWith(".email");
    }
    return field.equals("notes") || (field.equals("name") && kind == CustomerKind.PERSON);
  }

  /** Created, by hand or from a lead being converted ({@code lead} is then that lead). */
  record Created(
      CustomerId customer,
      UserId owner,
      TeamId team,
      UUID lead,
      Instant occurredAt,
      List<ReportedChange> changes)
      implements CustomerEvent {
    @Override
    public String type() {
      return "customer.created";
    }

    @Override
    public String historyAction() {
      return lead == null ? "CREATED" : "CREATED_FROM_LEAD";
    }

    @Override
    public Map<String, String> references() {
      return DomainEvent.references("ownerId", owner, "team", team, "leadId", lead);
    }
  }

  /** Its profile was revised. */
  record Updated(CustomerId customer, Instant occurredAt, List<ReportedChange> changes)
      implements CustomerEvent {
    @Override
    public String type() {
      return "customer.updated";
    }

    @Override
    public String historyAction() {
      return "UPDATED";
    }
  }

  /** Handed to another rep or team (the history lists it among the updates). */
  record Transferred(
      CustomerId customer,
      UserId owner,
      TeamId team,
      UserId previousOwner,
      Instant occurredAt,
      List<ReportedChange> changes)
      implements CustomerEvent {
    @Override
    public String type() {
      return "customer.transferred";
    }

    @Override
    public String historyAction() {
      return "UPDATED";
    }

    @Override
    public Map<String, String> references() {
      return DomainEvent.references(
          "ownerId", owner, "team", team, "previousOwnerId", previousOwner);
    }
  }

  /** Archived (soft-deleted): it leaves the lists and no longer changes. */
  record Archived(CustomerId customer, Instant occurredAt, List<ReportedChange> changes)
      implements CustomerEvent {
    @Override
    public String type() {
      return "customer.archived";
    }

    @Override
    public String historyAction() {
      return "ARCHIVED";
    }
  }

  /** A contact was added, by hand or from a converted lead ({@code lead} is then that lead). */
  record ContactAdded(
      CustomerId customer,
      ContactId contact,
      UUID lead,
      Instant occurredAt,
      List<ReportedChange> changes)
      implements CustomerEvent {
    @Override
    public String type() {
      return "customer.contact-added";
    }

    @Override
    public String historyAction() {
      return lead == null ? "CONTACT_ADDED" : "CONTACT_FROM_LEAD";
    }

    @Override
    public Map<String, String> references() {
      return DomainEvent.references("contactId", contact, "leadId", lead);
    }
  }

  /** A contact was revised (another may have stopped being the primary one). */
  record ContactUpdated(
      CustomerId customer, ContactId contact, Instant occurredAt, List<ReportedChange> changes)
      implements CustomerEvent {
    @Override
    public String type() {
      return "customer.contact-updated";
    }

    @Override
    public String historyAction() {
      return "CONTACT_UPDATED";
    }

    @Override
    public Map<String, String> references() {
      return DomainEvent.references("contactId", contact);
    }
  }

  /** A contact was removed (the next one may have become the primary one). */
  record ContactRemoved(
      CustomerId customer, ContactId contact, Instant occurredAt, List<ReportedChange> changes)
      implements CustomerEvent {
    @Override
    public String type() {
      return "customer.contact-removed";
    }

    @Override
    public String historyAction() {
      return "CONTACT_REMOVED";
    }

    @Override
    public Map<String, String> references() {
      return DomainEvent.references("contactId", contact);
    }
  }
}
