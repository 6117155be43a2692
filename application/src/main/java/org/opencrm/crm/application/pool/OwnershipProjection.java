package org.opencrm.crm.application.pool;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.opencrm.crm.application.pool.port.out.OwnershipLedger;
import org.opencrm.crm.application.pool.port.out.OwnershipLedger.OwnershipChange;
import org.opencrm.crm.domain.lead.LeadEvent;
import org.opencrm.crm.domain.shared.event.DomainEvent;

/**
 * Keeps the ownership ledger from the leads' events: who took a lead (claim, assignment) and who
 * lost it (release, automatic return, reassignment), which the pool's limits and cooldown count.
 */
@ApplicationScoped
public class OwnershipProjection {

  private final OwnershipLedger ledger;

  public OwnershipProjection(OwnershipLedger ledger) {
    this.ledger = ledger;
  }

  public void project(List<DomainEvent> events) {
    for (DomainEvent event : events) {
      if (event instanceof LeadEvent.Claimed claimed) {
        ledger.recordOwnership(
            claimed.lead(), claimed.owner(), OwnershipChange.CLAIMED, claimed.occurredAt());
      } else if (event instanceof LeadEvent.Assigned assigned) {
        if (assigned.previousOwner() != null) {
          ledger.recordOwnership(
              assigned.lead(),
              assigned.previousOwner(),
              OwnershipChange.REASSIGNED_AWAY,
              assigned.occurredAt());
        }
        ledger.recordOwnership(
            assigned.lead(), assigned.owner(), OwnershipChange.ASSIGNED, assigned.occurredAt());
      } else if (event instanceof LeadEvent.Released released) {
        ledger.recordOwnership(
            released.lead(),
            released.previousOwner(),
            OwnershipChange.RELEASED,
            released.occurredAt());
      } else if (event instanceof LeadEvent.ReturnedToPool returned) {
        ledger.recordOwnership(
            returned.lead(),
            returned.previousOwner(),
            OwnershipChange.RETURNED,
            returned.occurredAt());
      }
    }
  }
}
