package org.opencrm.crm.application.followup.port.in;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.opencrm.crm.domain.followup.FollowUpType;
import org.opencrm.crm.domain.shared.Actor;

/**
 * Log an interaction on a lead, a customer or an opportunity (one of the three; the others null);
 * the author is the actor.
 */
public record LogFollowUpCommand(
    Actor actor,
    UUID leadId,
    UUID customerId,
    UUID opportunityId,
    FollowUpType type,
    Instant occurredAt,
    String content,
    String outcome,
    LocalDate nextFollowUpOn) {}
