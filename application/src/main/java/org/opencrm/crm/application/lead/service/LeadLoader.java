package org.opencrm.crm.application.lead.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;
import org.opencrm.crm.application.lead.port.out.LeadRepository;
import org.opencrm.crm.domain.lead.Lead;
import org.opencrm.crm.domain.lead.LeadId;
import org.opencrm.crm.domain.lead.LeadPermissions;
import org.opencrm.crm.domain.shared.Actor;
import org.opencrm.crm.domain.shared.RecordNotFoundException;

/**
 * Loads a lead the way every use case must: inside the caller's scope (plus the pool), locked when
 * the use case changes it. Changing a lead needs it held inside the scope; a pooled lead is changed
 * only by managers and admins (a rep claims it first).
 */
@ApplicationScoped
public class LeadLoader {

  private final LeadRepository leads;

  public LeadLoader(LeadRepository leads) {
    this.leads = leads;
  }

  public Lead find(Actor actor, UUID leadId) {
    return leads
        .find(new LeadId(leadId), actor.scope())
        .orElseThrow(() -> new RecordNotFoundException("lead", leadId));
  }

  /** The lead, locked for the transaction, that the actor means to change. */
  public Lead lockForChange(Actor actor, UUID leadId) {
    Lead lead =
        leads
            .lock(new LeadId(leadId), actor.scope())
            .orElseThrow(() -> new RecordNotFoundException("lead", leadId));
    LeadPermissions.checkChange(actor, lead);
    return lead;
  }
}
