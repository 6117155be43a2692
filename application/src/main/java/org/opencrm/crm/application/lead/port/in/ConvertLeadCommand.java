package org.opencrm.crm.application.lead.port.in;

import java.util.UUID;
import org.opencrm.crm.application.opportunity.NewOpportunity;
import org.opencrm.crm.domain.shared.Actor;

/**
 * Convert a held lead: into a new customer with the lead's person as primary contact, or, given
 * {@code existingCustomerId}, as a new contact of that customer; with {@code opportunity}, an
 * opportunity opened for the customer as well (the contact involved), all or nothing.
 */
public record ConvertLeadCommand(
    Actor actor,
    UUID leadId,
    Long expectedVersion,
    UUID existingCustomerId,
    NewOpportunity opportunity) {}
