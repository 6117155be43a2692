package org.opencrm.crm.application.pool.port.out;

import java.time.Instant;
import java.util.List;
import org.opencrm.crm.application.pool.PoolSimulation;
import org.opencrm.crm.domain.lead.Lead;
import org.opencrm.crm.domain.lead.PoolPolicy;
import org.opencrm.crm.domain.shared.DataScope;

/**
 * Finds held leads by their return deadline under a policy, in bulk: the SQL form of {@link
 * org.opencrm.crm.domain.lead.ReturnForecast}, which a test keeps equal to the domain rule.
 */
public interface PoolReturns {

  /**
   * Up to {@code limit} held leads whose deadline has passed, locked for this transaction and
   * skipped by every other instance's sweep running at the same time (SKIP LOCKED).
   */
  List<Lead> lockOverdue(PoolPolicy policy, Instant now, int limit);

  /** Up to {@code limit} held leads whose deadline falls within a day and that were not warned. */
  List<Lead> dueForWarning(PoolPolicy policy, Instant now, int limit);

  /** How many held leads inside the scope the policy would return now and on each next day. */
  PoolSimulation simulate(PoolPolicy policy, Instant now, int days, DataScope scope);
}
