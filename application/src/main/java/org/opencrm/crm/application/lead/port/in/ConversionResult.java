package org.opencrm.crm.application.lead.port.in;

import java.util.UUID;
import org.opencrm.crm.application.lead.LeadView;

/** The converted lead, and the customer and contact it became. */
public record ConversionResult(LeadView lead, UUID customerId, UUID contactId) {}
