package org.opencrm.crm.application.lead;

import java.time.Instant;
import java.util.UUID;
import org.opencrm.crm.domain.lead.Lead;
import org.opencrm.crm.domain.lead.LeadProfile;
import org.opencrm.crm.domain.lead.LeadStatus;
import org.opencrm.crm.domain.lead.LeadVisibility;
import org.opencrm.crm.domain.shared.Actor;
import org.opencrm.crm.domain.shared.TeamId;
import org.opencrm.crm.domain.shared.UserId;

/**
 * A lead as callers read it. {@code masked} says the caller sees it only from outside their scope
 * (the pool): its phone numbers and e-mail must be shown masked. Views are made for a viewer
 * ({@link #of(Lead, Actor)}, {@link #seenBy(Actor)}) through {@link LeadVisibility}; a view read
 * from storage before anyone looks at it ({@link #stored(Lead)}) is masked.
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

  /** The lead as this viewer may see it. */
  public static LeadView of(Lead lead, Actor viewer) {
    return of(lead, LeadVisibility.masked(viewer, lead));
  }

  /** The lead as read from storage for a list, masked until {@link #seenBy(Actor)}. */
  public static LeadView stored(Lead lead) {
    return of(lead, true);
  }

  private static LeadView of(Lead lead, boolean masked) {
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

  /** The same view as this viewer may see it. */
  public LeadView seenBy(Actor viewer) {
    boolean masked =
        LeadVisibility.masked(
            viewer,
            ownerId == null ? null : new UserId(ownerId),
            team == null ? null : new TeamId(team));
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
