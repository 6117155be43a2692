package org.opencrm.crm.application.port.in;

import java.time.Instant;
import java.util.UUID;
import org.opencrm.crm.domain.lead.Lead;
import org.opencrm.crm.domain.lead.LeadProfile;
import org.opencrm.crm.domain.lead.LeadStatus;

/**
 * A lead as callers read it. {@code masked} says the caller sees it only as a pooled lead outside
 * their scope: its phone numbers and e-mail must be shown masked.
 */
public record LeadView(
    UUID id,
    LeadProfile profile,
    LeadStatus status,
    String ownerId,
    String team,
    Instant heldSince,
    Instant lastFollowUpAt,
    String closeReason,
    UUID customerId,
    int score,
    String grade,
    Instant createdAt,
    Instant updatedAt,
    long version,
    boolean masked) {

  public static LeadView of(Lead lead, boolean masked) {
    return new LeadView(
        lead.id().value(),
        lead.profile(),
        lead.status(),
        lead.owner() == null ? null : lead.owner().value(),
        lead.team() == null ? null : lead.team().value(),
        lead.heldSince(),
        lead.lastFollowUpAt(),
        lead.closeReason(),
        lead.customerId(),
        lead.score(),
        lead.grade(),
        lead.createdAt(),
        lead.updatedAt(),
        lead.version(),
        masked);
  }

  /** The same view, shown masked or not. */
  public LeadView withMasking(boolean masked) {
    return masked == this.masked
        ? this
        : new LeadView(
            id,
            profile,
            status,
            ownerId,
            team,
            heldSince,
            lastFollowUpAt,
            closeReason,
            customerId,
            score,
            grade,
            createdAt,
            updatedAt,
            version,
            masked);
  }
}
