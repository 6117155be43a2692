package org.opencrm.crm.application.opportunity;

import java.time.Instant;
import java.util.UUID;
import org.opencrm.crm.domain.deal.OpportunityDetails;
import org.opencrm.crm.domain.deal.OpportunityStatus;
import org.opencrm.crm.domain.shared.Money;
import org.opencrm.crm.domain.shared.Percent;

/**
 * An opportunity as lists and reads show it: with its customer's name, its stage's name and win
 * probability, and its amount weighted by that probability (null without an amount).
 */
public record OpportunityView(
    UUID id,
    UUID customerId,
    String customerName,
    UUID pipelineId,
    UUID stageId,
    String stageName,
    Percent probability,
    OpportunityStatus status,
    OpportunityDetails details,
    Money weightedAmount,
    String lostReason,
    Instant closedAt,
    String ownerId,
    String team,
    Instant createdAt,
    Instant updatedAt,
    long version) {}
