package org.opencrm.crm.application.opportunity.port.in;

import java.util.UUID;
import org.opencrm.crm.domain.shared.Actor;

public record UpdateOpportunityCommand(
    Actor actor, UUID opportunityId, long expectedVersion, OpportunityPatch patch) {}
