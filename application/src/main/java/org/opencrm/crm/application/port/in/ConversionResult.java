package org.opencrm.crm.application.port.in;

import java.util.UUID;

/** The converted lead, and the customer and contact it became. */
public record ConversionResult(LeadView lead, UUID customerId, UUID contactId) {}
