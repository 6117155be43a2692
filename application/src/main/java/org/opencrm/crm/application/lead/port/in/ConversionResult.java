package org.opencrm.crm.application.lead.port.in;

import java.util.UUID;
import org.opencrm.crm.application.lead.LeadView;

/** The converted lead, the customer and contact it became, and the opportunity opened (or null). */
public record ConversionResult(
    LeadView lead, UUID customerId, UUID contactId, UUID opportunityId) {}
