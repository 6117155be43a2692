package org.opencrm.crm.application.followup.port.in;

import java.util.UUID;
import org.opencrm.crm.application.shared.Page;
import org.opencrm.crm.application.shared.PageRequest;
import org.opencrm.crm.domain.followup.FollowUp;
import org.opencrm.crm.domain.shared.Actor;

/** The follow-up log of a lead, a customer or an opportunity the caller may see, newest first. */
public interface FollowUpQueries {

  Page<FollowUp> ofLead(Actor actor, UUID leadId, PageRequest page);

  /** The customer's follow-ups, those logged on its opportunities included. */
  Page<FollowUp> ofCustomer(Actor actor, UUID customerId, PageRequest page);

  Page<FollowUp> ofOpportunity(Actor actor, UUID opportunityId, PageRequest page);
}
