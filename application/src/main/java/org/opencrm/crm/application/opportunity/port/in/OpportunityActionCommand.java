package org.opencrm.crm.application.opportunity.port.in;

import java.util.UUID;
import org.opencrm.crm.domain.shared.Actor;

/**
 * A move, a win, a loss or a reopening, against the version read when the caller names one (null:
 * none). {@code stageId} names the stage of a move, {@code reason} the reason of a loss.
 */
public record OpportunityActionCommand(
    Actor actor, UUID opportunityId, Long expectedVersion, UUID stageId, String reason) {}
