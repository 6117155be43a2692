package org.opencrm.crm.adapter.out.persistence.lead;

import java.util.Map;
import org.opencrm.crm.adapter.out.persistence.ScopeCondition;
import org.opencrm.crm.domain.shared.DataScope;

/**
 * Which leads a caller may see, as JPQL on alias {@code l}: held leads inside the data scope, and
 * the pool for any caller who has a scope at all. The one condition of the lead lookups and lists.
 */
final class LeadVisibility {

  private LeadVisibility() {}

  /** The data scope, the pool included for any scope; its parameters go into {@code params}. */
  static String visible(DataScope scope, Map<String, Object> params) {
    ScopeCondition inScope = inScope(scope, params);
    return inScope.limited() ? "(" + inScope.sql() + " OR l.status = 'POOL')" : inScope.sql();
  }

  /**
   * The data scope for leads outside the pool: {@link #visible} without its pool alternative.
   * Written out rather than left to "AND status <> 'POOL'": PostgreSQL does not drop the dead
   * alternative itself, so a rep's list could not use the owner's indexes (docs/benchmarks.md).
   */
  static String held(DataScope scope, Map<String, Object> params) {
    return inScope(scope, params).sql();
  }

  private static ScopeCondition inScope(DataScope scope, Map<String, Object> params) {
    ScopeCondition condition = ScopeCondition.of(scope, "l.ownerId", "l.team");
    params.putAll(condition.parameters());
    return condition;
  }
}
