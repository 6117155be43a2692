package org.opencrm.crm.application.opportunity.port.in;

import java.util.UUID;
import org.opencrm.crm.application.opportunity.OpportunityDraft;
import org.opencrm.crm.domain.shared.Actor;

/**
 * Opens an opportunity for a customer the caller sees: in the named pipeline (the standard one when
 * null) and open stage (its first when null), held by the named rep (the customer's owner when
 * null).
 */
public record OpenOpportunityCommand(
    Actor actor,
    UUID customerId,
    UUID pipelineId,
    UUID stageId,
    OpportunityDraft draft,
    String ownerId) {}
