package org.opencrm.crm.domain.deal;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.opencrm.crm.domain.customer.CustomerId;
import org.opencrm.crm.domain.shared.TeamId;
import org.opencrm.crm.domain.shared.UserId;
import org.opencrm.crm.domain.shared.event.DomainEvent;
import org.opencrm.crm.domain.shared.event.ReportedChange;

/** What happened to an opportunity. None of its fields is personal. */
public sealed interface OpportunityEvent extends DomainEvent {

  String SUBJECT = "opportunity";

  OpportunityId opportunity();

  @Override
  default String subjectType() {
    return SUBJECT;
  }

  @Override
  default UUID subjectId() {
    return opportunity().value();
  }

  /** Opened for a customer, in a stage, held by a rep. */
  record Opened(
      OpportunityId opportunity,
      CustomerId customer,
      UserId owner,
      TeamId team,
      Instant occurredAt,
      List<ReportedChange> changes)
      implements OpportunityEvent {
    @Override
    public String type() {
      return "opportunity.opened";
    }

    @Override
    public String historyAction() {
      return "CREATED";
    }

    @Override
    public Map<String, String> references() {
      return DomainEvent.references("customerId", customer, "ownerId", owner, "team", team);
    }
  }

  /** Its details were revised. */
  record Updated(OpportunityId opportunity, Instant occurredAt, List<ReportedChange> changes)
      implements OpportunityEvent {
    @Override
    public String type() {
      return "opportunity.updated";
    }

    @Override
    public String historyAction() {
      return "UPDATED";
    }
  }

  /** Moved from one open stage to another, forwards or backwards. */
  record StageChanged(
      OpportunityId opportunity,
      StageId from,
      StageId to,
      Instant occurredAt,
      List<ReportedChange> changes)
      implements OpportunityEvent {
    @Override
    public String type() {
      return "opportunity.stage-changed";
    }

    @Override
    public String historyAction() {
      return "STAGE_CHANGED";
    }

    @Override
    public Map<String, String> references() {
      return DomainEvent.references("fromStageId", from, "toStageId", to);
    }
  }

  record Won(OpportunityId opportunity, Instant occurredAt, List<ReportedChange> changes)
      implements OpportunityEvent {
    @Override
    public String type() {
      return "opportunity.won";
    }

    @Override
    public String historyAction() {
      return "WON";
    }
  }

  record Lost(
      OpportunityId opportunity, String reason, Instant occurredAt, List<ReportedChange> changes)
      implements OpportunityEvent {
    @Override
    public String type() {
      return "opportunity.lost";
    }

    @Override
    public String historyAction() {
      return "LOST";
    }
  }

  record Reopened(OpportunityId opportunity, Instant occurredAt, List<ReportedChange> changes)
      implements OpportunityEvent {
    @Override
    public String type() {
      return "opportunity.reopened";
    }

    @Override
    public String historyAction() {
      return "REOPENED";
    }
  }

  /** Handed to another rep or team. */
  record Transferred(
      OpportunityId opportunity,
      UserId owner,
      TeamId team,
      UserId previousOwner,
      Instant occurredAt,
      List<ReportedChange> changes)
      implements OpportunityEvent {
    @Override
    public String type() {
      return "opportunity.transferred";
    }

    @Override
    public String historyAction() {
      return "TRANSFERRED";
    }

    @Override
    public Map<String, String> references() {
      return DomainEvent.references(
          "ownerId", owner, "team", team, "previousOwnerId", previousOwner);
    }
  }
}
