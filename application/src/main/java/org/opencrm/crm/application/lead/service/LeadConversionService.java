package org.opencrm.crm.application.lead.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.opencrm.crm.application.customer.service.AuditedCustomerSaves;
import org.opencrm.crm.application.customer.service.CustomerLoader;
import org.opencrm.crm.application.followup.port.out.FollowUpRepository;
import org.opencrm.crm.application.lead.LeadView;
import org.opencrm.crm.application.lead.port.in.ConversionResult;
import org.opencrm.crm.application.lead.port.in.ConvertLeadCommand;
import org.opencrm.crm.application.lead.port.in.ConvertLeadUseCase;
import org.opencrm.crm.application.opportunity.NewOpportunity;
import org.opencrm.crm.application.opportunity.OpportunityDraft;
import org.opencrm.crm.application.opportunity.port.in.ManageOpportunitiesUseCase;
import org.opencrm.crm.application.opportunity.port.in.OpenOpportunityCommand;
import org.opencrm.crm.domain.customer.Contact;
import org.opencrm.crm.domain.customer.Customer;
import org.opencrm.crm.domain.customer.CustomerPermissions;
import org.opencrm.crm.domain.deal.DealContact;
import org.opencrm.crm.domain.lead.Lead;
import org.opencrm.crm.domain.lead.LeadConversion;
import org.opencrm.crm.domain.lead.LeadPermissions;
import org.opencrm.crm.domain.shared.Actor;
import org.opencrm.crm.domain.shared.InvalidValueException;

/**
 * Converts a lead into a customer and its contact (and, when asked, an opportunity), moves its
 * follow-ups along and closes it: all in the one transaction of the use case, so a failure anywhere
 * leaves nothing half-converted.
 */
@ApplicationScoped
@Transactional
public class LeadConversionService implements ConvertLeadUseCase {

  private final LeadLoader leadLoader;
  private final AuditedLeadSaves leadSaves;
  private final CustomerLoader customerLoader;
  private final AuditedCustomerSaves customerSaves;
  private final FollowUpRepository followUps;
  private final ManageOpportunitiesUseCase opportunities;
  private final Clock clock;

  public LeadConversionService(
      LeadLoader leadLoader,
      AuditedLeadSaves leadSaves,
      CustomerLoader customerLoader,
      AuditedCustomerSaves customerSaves,
      FollowUpRepository followUps,
      ManageOpportunitiesUseCase opportunities,
      Clock clock) {
    this.leadLoader = leadLoader;
    this.leadSaves = leadSaves;
    this.customerLoader = customerLoader;
    this.customerSaves = customerSaves;
    this.followUps = followUps;
    this.opportunities = opportunities;
    this.clock = clock;
  }

  @Override
  public ConversionResult convert(ConvertLeadCommand command) {
    Actor actor = command.actor();
    LeadPermissions.checkWork(actor);
    CustomerPermissions.checkWrite(actor);
    Lead lead = leadLoader.lockForChange(actor, command.leadId());
    lead.checkVersionIfSent(command.expectedVersion());
    Instant now = clock.instant();
    UUID leadId = lead.id().value();

    Customer customer =
        command.existingCustomerId() != null
            ? customerLoader.load(actor, command.existingCustomerId())
            : Customer.convertedFrom(
                leadId,
                LeadConversion.customerProfile(lead.profile()),
                lead.owner(),
                lead.team(),
                now);
    Contact contact =
        customer.addContactFromLead(
            leadId, LeadConversion.contact(lead.profile(), customer.contacts().isEmpty()), now);
    Customer saved = customerSaves.save(actor, customer);

    lead.convertInto(saved.id().value(), now);
    Lead converted = leadSaves.save(actor, lead);
    followUps.attachToCustomer(converted.id().value(), saved.id().value());
    UUID opportunityId =
        command.opportunity() == null
            ? null
            : openOpportunity(actor, command.opportunity(), saved, contact);
    return new ConversionResult(
        LeadView.of(converted, actor), saved.id().value(), contact.id().value(), opportunityId);
  }

  /** The deal the lead was about, with the lead's person involved; errors name its fields. */
  private UUID openOpportunity(
      Actor actor, NewOpportunity requested, Customer customer, Contact contact) {
    OpportunityDraft draft = requested.draft();
    List<DealContact> involved =
        draft.contacts() == null || draft.contacts().isEmpty()
            ? List.of(new DealContact(contact.id().value(), null))
            : draft.contacts();
    try {
      return opportunities
          .open(
              new OpenOpportunityCommand(
                  actor,
                  customer.id().value(),
                  requested.pipelineId(),
                  requested.stageId(),
                  new OpportunityDraft(
                      draft.name(),
                      draft.amount(),
                      draft.lineItems(),
                      draft.expectedCloseDate(),
                      draft.source(),
                      draft.nextStep(),
                      draft.competitor(),
                      involved),
                  null))
          .id();
    } catch (InvalidValueException e) {
      throw e.at("opportunity." + e.field());
    }
  }
}
