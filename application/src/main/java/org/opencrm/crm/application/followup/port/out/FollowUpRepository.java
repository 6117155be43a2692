package org.opencrm.crm.application.followup.port.out;

import java.util.UUID;
import org.opencrm.crm.application.shared.Page;
import org.opencrm.crm.application.shared.PageRequest;
import org.opencrm.crm.domain.followup.FollowUp;

/** The append-only follow-up log. Callers check visibility of the lead or customer first. */
public interface FollowUpRepository {

  void add(FollowUp followUp);

  Page<FollowUp> ofLead(UUID leadId, PageRequest page);

  Page<FollowUp> ofCustomer(UUID customerId, PageRequest page);

  Page<FollowUp> ofOpportunity(UUID opportunityId, PageRequest page);

  /** A converted lead's follow-ups become the customer's too (they keep their lead). */
  void attachToCustomer(UUID leadId, UUID customerId);
}
