package org.opencrm.crm.application.opportunity.service;

import jakarta.enterprise.context.ApplicationScoped;
import org.opencrm.crm.application.event.service.ChangePublisher;
import org.opencrm.crm.application.opportunity.port.out.OpportunityRepository;
import org.opencrm.crm.domain.deal.Opportunity;
import org.opencrm.crm.domain.shared.Actor;
import org.opencrm.crm.domain.shared.event.RecordedChanges;

/**
 * The one way an opportunity is saved: with its history entry and its events, in one transaction.
 */
@ApplicationScoped
public class AuditedOpportunitySaves {

  private final OpportunityRepository opportunities;
  private final ChangePublisher publisher;

  public AuditedOpportunitySaves(OpportunityRepository opportunities, ChangePublisher publisher) {
    this.opportunities = opportunities;
    this.publisher = publisher;
  }

  public Opportunity save(Actor actor, Opportunity opportunity) {
    RecordedChanges recorded = opportunity.takeRecordedChanges();
    if (recorded.isEmpty()) {
      // Every field of an opportunity is audited: no event, no change, nothing to write.
      return opportunity;
    }
    Opportunity saved =
        recorded.creation() ? opportunities.add(opportunity) : opportunities.save(opportunity);
    publisher.publish(actor, recorded, saved, saved.version(), null);
    return saved;
  }
}
