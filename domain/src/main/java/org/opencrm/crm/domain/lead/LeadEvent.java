package org.opencrm.crm.domain.lead;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.opencrm.crm.domain.shared.TeamId;
import org.opencrm.crm.domain.shared.UserId;
import org.opencrm.crm.domain.shared.event.DomainEvent;
import org.opencrm.crm.domain.shared.event.ReportedChange;

/** What happened to a lead, as {@link Lead} records it. */
public sealed interface LeadEvent extends DomainEvent {

  String SUBJECT = "lead";

  /** The lead's fields that describe a person: masked in every event. */
  Set<String> PERSONAL_FIELDS = Set.of("personName", "phones", "email", "notes");

  LeadId lead();

  @Override
  default String subjectType() {
    return SUBJECT;
  }

  @Override
  default UUID subjectId() {
    return lead().value();
  }

  /** Entered the CRM, in the pool or held by the rep who captured it. */
  record Captured(
      LeadId lead, UserId owner, TeamId team, Instant occurredAt, List<ReportedChange> changes)
      implements LeadEvent {
    @Override
    public String type() {
      return "lead.captured";
    }

    @Override
    public String historyAction() {
      return "CAPTURED";
    }

    @Override
    public Map<String, String> references() {
      return DomainEvent.references("ownerId", owner, "team", team);
    }
  }

  /** Its profile was revised. */
  record Updated(LeadId lead, Instant occurredAt, List<ReportedChange> changes)
      implements LeadEvent {
    @Override
    public String type() {
      return "lead.updated";
    }

    @Override
    public String historyAction() {
      return "UPDATED";
    }
  }

  /** A rep took it from the pool (领取). */
  record Claimed(
      LeadId lead, UserId owner, TeamId team, Instant occurredAt, List<ReportedChange> changes)
      implements LeadEvent {
    @Override
    public String type() {
      return "lead.claimed";
    }

    @Override
    public String historyAction() {
      return "CLAIMED";
    }

    @Override
    public Map<String, String> references() {
      return DomainEvent.references("ownerId", owner, "team", team);
    }
  }

  /** A manager handed it to a rep (分配), from the pool or from another rep. */
  record Assigned(
      LeadId lead,
      UserId owner,
      TeamId team,
      UserId previousOwner,
      Instant occurredAt,
      List<ReportedChange> changes)
      implements LeadEvent {
    @Override
    public String type() {
      return "lead.assigned";
    }

    @Override
    public String historyAction() {
      return "ASSIGNED";
    }

    @Override
    public Map<String, String> references() {
      return DomainEvent.references(
          "ownerId", owner, "team", team, "previousOwnerId", previousOwner);
    }
  }

  /** Its holder gave it back to the pool (退回), saying why. */
  record Released(
      LeadId lead,
      UserId previousOwner,
      String reason,
      Instant occurredAt,
      List<ReportedChange> changes)
      implements LeadEvent {
    @Override
    public String type() {
      return "lead.released";
    }

    @Override
    public String historyAction() {
      return "RELEASED";
    }

    @Override
    public Map<String, String> references() {
      return DomainEvent.references("previousOwnerId", previousOwner);
    }
  }

  /** The pool policy's deadline passed and it went back to the pool (自动回收). */
  record ReturnedToPool(
      LeadId lead,
      UserId previousOwner,
      String reason,
      Instant occurredAt,
      List<ReportedChange> changes)
      implements LeadEvent {
    @Override
    public String type() {
      return "lead.returned-to-pool";
    }

    @Override
    public String historyAction() {
      return "RETURNED_TO_POOL";
    }

    @Override
    public Map<String, String> references() {
      return DomainEvent.references("previousOwnerId", previousOwner);
    }
  }

  /** Closed as not worth pursuing. */
  record Disqualified(LeadId lead, String reason, Instant occurredAt, List<ReportedChange> changes)
      implements LeadEvent {
    @Override
    public String type() {
      return "lead.disqualified";
    }

    @Override
    public String historyAction() {
      return "DISQUALIFIED";
    }
  }

  /** Closed as converted into a customer (转化). */
  record Converted(LeadId lead, UUID customer, Instant occurredAt, List<ReportedChange> changes)
      implements LeadEvent {
    @Override
    public String type() {
      return "lead.converted";
    }

    @Override
    public String historyAction() {
      return "CONVERTED";
    }

    @Override
    public Map<String, String> references() {
      return DomainEvent.references("customerId", customer);
    }
  }
}
