package org.opencrm.crm.application.lead.service;

import jakarta.enterprise.context.ApplicationScoped;
import org.opencrm.crm.application.event.service.ChangePublisher;
import org.opencrm.crm.application.lead.port.out.LeadRepository;
import org.opencrm.crm.application.pool.OwnershipProjection;
import org.opencrm.crm.domain.lead.Lead;
import org.opencrm.crm.domain.shared.Actor;
import org.opencrm.crm.domain.shared.event.RecordedChanges;

/**
 * The one way leads are written: saves the lead, and from the events it recorded derives the
 * history entry, the outbox's events and the pool's ownership ledger, in the same transaction.
 */
@ApplicationScoped
public class AuditedLeadSaves {

  private final LeadRepository leads;
  private final ChangePublisher publisher;
  private final OwnershipProjection ownership;

  public AuditedLeadSaves(
      LeadRepository leads, ChangePublisher publisher, OwnershipProjection ownership) {
    this.leads = leads;
    this.publisher = publisher;
    this.ownership = ownership;
  }

  public Lead save(Actor actor, Lead lead) {
    return save(actor, lead, null);
  }

  /** As above, with why the use case let the change through (a duplicate let in). */
  public Lead save(Actor actor, Lead lead, String reason) {
    RecordedChanges recorded = lead.takeRecordedChanges();
    Lead saved = recorded.creation() ? leads.add(lead) : leads.save(lead);
    publisher.publish(actor, recorded, saved, saved.version(), reason);
    ownership.project(recorded.events());
    return saved;
  }
}
