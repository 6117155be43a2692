package org.opencrm.crm.application.followup.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import org.opencrm.crm.application.customer.service.CustomerLoader;
import org.opencrm.crm.application.followup.port.in.FollowUpQueries;
import org.opencrm.crm.application.followup.port.in.LogFollowUpCommand;
import org.opencrm.crm.application.followup.port.in.LogFollowUpUseCase;
import org.opencrm.crm.application.followup.port.out.FollowUpRepository;
import org.opencrm.crm.application.lead.service.AuditedLeadSaves;
import org.opencrm.crm.application.lead.service.LeadLoader;
import org.opencrm.crm.application.opportunity.service.OpportunityLoader;
import org.opencrm.crm.application.shared.Page;
import org.opencrm.crm.application.shared.PageRequest;
import org.opencrm.crm.domain.customer.CustomerPermissions;
import org.opencrm.crm.domain.deal.DealPermissions;
import org.opencrm.crm.domain.followup.FollowUp;
import org.opencrm.crm.domain.lead.Lead;
import org.opencrm.crm.domain.lead.LeadPermissions;
import org.opencrm.crm.domain.lead.LeadVisibility;
import org.opencrm.crm.domain.shared.Actor;
import org.opencrm.crm.domain.shared.RecordNotFoundException;

/**
 * The follow-up log of leads, customers and opportunities. On a lead a follow-up restarts the
 * auto-return clock; on a customer it needs a role that works with customers (service staff
 * included).
 */
@ApplicationScoped
@Transactional
public class FollowUpService implements LogFollowUpUseCase, FollowUpQueries {

  private final FollowUpRepository followUps;
  private final LeadLoader leadLoader;
  private final AuditedLeadSaves leadSaves;
  private final CustomerLoader customerLoader;
  private final OpportunityLoader opportunityLoader;
  private final Clock clock;

  public FollowUpService(
      FollowUpRepository followUps,
      LeadLoader leadLoader,
      AuditedLeadSaves leadSaves,
      CustomerLoader customerLoader,
      OpportunityLoader opportunityLoader,
      Clock clock) {
    this.followUps = followUps;
    this.leadLoader = leadLoader;
    this.leadSaves = leadSaves;
    this.customerLoader = customerLoader;
    this.opportunityLoader = opportunityLoader;
    this.clock = clock;
  }

  @Override
  public FollowUp log(LogFollowUpCommand command) {
    Actor actor = command.actor();
    Instant now = clock.instant();
    UUID customerId = command.customerId();
    if (command.opportunityId() != null) {
      // Logged on the deal, and so on its customer's log too.
      DealPermissions.checkRead(actor);
      customerId = opportunityLoader.view(actor, command.opportunityId()).customerId();
    }
    FollowUp followUp =
        FollowUp.log(
            command.leadId(),
            customerId,
            command.opportunityId(),
            command.type(),
            command.occurredAt(),
            command.content(),
            command.outcome(),
            command.nextFollowUpOn(),
            actor.id(),
            actor.displayName(),
            now);
    if (command.leadId() != null) {
      LeadPermissions.checkWork(actor);
      Lead lead = leadLoader.lockForChange(actor, command.leadId());
      lead.followedUp(followUp.occurredAt(), now);
      leadSaves.save(actor, lead);
    } else if (command.opportunityId() == null) {
      CustomerPermissions.checkRead(actor);
      customerLoader.view(actor, command.customerId());
    }
    followUps.add(followUp);
    return followUp;
  }

  @Override
  public Page<FollowUp> ofLead(Actor actor, UUID leadId, PageRequest page) {
    LeadPermissions.checkWork(actor);
    if (LeadVisibility.masked(actor, leadLoader.find(actor, leadId))) {
      // What was said to whom is contact data: not for whoever browses the pool.
      throw new RecordNotFoundException("lead", leadId);
    }
    return followUps.ofLead(leadId, page);
  }

  @Override
  public Page<FollowUp> ofOpportunity(Actor actor, UUID opportunityId, PageRequest page) {
    DealPermissions.checkRead(actor);
    opportunityLoader.view(actor, opportunityId);
    return followUps.ofOpportunity(opportunityId, page);
  }

  @Override
  public Page<FollowUp> ofCustomer(Actor actor, UUID customerId, PageRequest page) {
    CustomerPermissions.checkRead(actor);
    customerLoader.view(actor, customerId);
    return followUps.ofCustomer(customerId, page);
  }
}
