package org.opencrm.crm.domain.deal;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.opencrm.crm.domain.shared.event.DomainEvent;
import org.opencrm.crm.domain.shared.event.ReportedChange;

/** What happened to a product of the catalogue. No field of a product is personal. */
public sealed interface ProductEvent extends DomainEvent {

  String SUBJECT = "product";

  ProductId product();

  @Override
  default String subjectType() {
    return SUBJECT;
  }

  @Override
  default UUID subjectId() {
    return product().value();
  }

  /** Added to the catalogue, active. */
  record Created(ProductId product, Instant occurredAt, List<ReportedChange> changes)
      implements ProductEvent {
    @Override
    public String type() {
      return "product.created";
    }

    @Override
    public String historyAction() {
      return "CREATED";
    }
  }

  /** Its catalogue details were revised; lines already written keep what they sold. */
  record Updated(ProductId product, Instant occurredAt, List<ReportedChange> changes)
      implements ProductEvent {
    @Override
    public String type() {
      return "product.updated";
    }

    @Override
    public String historyAction() {
      return "UPDATED";
    }
  }

  /** Taken out of new deals. */
  record Deactivated(ProductId product, Instant occurredAt, List<ReportedChange> changes)
      implements ProductEvent {
    @Override
    public String type() {
      return "product.deactivated";
    }

    @Override
    public String historyAction() {
      return "DEACTIVATED";
    }
  }

  /** Back in the catalogue for new deals. */
  record Reactivated(ProductId product, Instant occurredAt, List<ReportedChange> changes)
      implements ProductEvent {
    @Override
    public String type() {
      return "product.reactivated";
    }

    @Override
    public String historyAction() {
      return "REACTIVATED";
    }
  }
}
