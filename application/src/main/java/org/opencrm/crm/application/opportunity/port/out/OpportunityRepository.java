package org.opencrm.crm.application.opportunity.port.out;

import java.util.Optional;
import org.opencrm.crm.domain.deal.Opportunity;
import org.opencrm.crm.domain.deal.OpportunityId;
import org.opencrm.crm.domain.shared.DataScope;

/** Opportunities as aggregates, with their stage visits. */
public interface OpportunityRepository {

  /** The opportunity if it exists inside the scope. */
  Optional<Opportunity> find(OpportunityId id, DataScope scope);

  /** Inserts an opportunity never stored before and returns it as stored. */
  Opportunity add(Opportunity opportunity);

  /**
   * Updates the opportunity and its stage visits, checking the stored version; returns it as
   * stored. Throws {@code VersionConflictException} on a concurrent change.
   */
  Opportunity save(Opportunity opportunity);
}
