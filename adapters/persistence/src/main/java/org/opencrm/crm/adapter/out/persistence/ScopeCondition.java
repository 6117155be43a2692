package org.opencrm.crm.adapter.out.persistence;

import jakarta.persistence.Query;
import java.util.List;
import java.util.Map;
import org.opencrm.crm.domain.shared.DataScope;

/**
 * The data scope as a query condition: the one translation of {@link DataScope} into SQL and JPQL.
 * Every query of owned records takes its condition from here, written against the query's own owner
 * and team expressions ({@code c.owner_id} in native SQL, {@code l.ownerId} in JPQL), with a named
 * parameter that both languages accept (or a positional one for plain JDBC).
 */
public final class ScopeCondition {

  private static final ScopeCondition EVERYTHING = new ScopeCondition("TRUE", null, null);
  private static final ScopeCondition NOTHING = new ScopeCondition("FALSE", null, null);

  /**
   * A constant ({@code TRUE}, {@code FALSE}), or the expression compared when records are left out.
   */
  private final String left;

  /** The named parameter compared with {@link #left}; null for a constant. */
  private final String parameter;

  private final Object value;

  private ScopeCondition(String left, String parameter, Object value) {
    this.left = left;
    this.parameter = parameter;
    this.value = value;
  }

  /** The condition on the given owner and team expressions of the query. */
  public static ScopeCondition of(DataScope scope, String owner, String team) {
    if (scope instanceof DataScope.Everything) {
      return EVERYTHING;
    }
    if (scope instanceof DataScope.OwnRecords own) {
      return new ScopeCondition(owner, "scopeOwner", own.owner().value());
    }
    if (scope instanceof DataScope.TeamRecords teamRecords) {
      return new ScopeCondition(team, "scopeTeam", teamRecords.team().value());
    }
    return NOTHING;
  }

  /** Whether the scope leaves records out (a rep's own, a team's), as opposed to all or none. */
  public boolean limited() {
    return parameter != null;
  }

  /** The condition with a named parameter ({@code TRUE} for everything, {@code FALSE} for none). */
  public String sql() {
    return limited() ? left + " = :" + parameter : left;
  }

  /** The value of the named parameter, if any. */
  public Map<String, Object> parameters() {
    return limited() ? Map.of(parameter, value) : Map.of();
  }

  /** Sets the named parameter on a query (JPQL or native) that contains {@link #sql()}. */
  public <Q extends Query> Q bind(Q query) {
    if (limited()) {
      query.setParameter(parameter, value);
    }
    return query;
  }

  /** The condition with JDBC's positional marker; its value is appended to {@code values}. */
  public String positional(List<Object> values) {
    if (!limited()) {
      return left;
    }
    values.add(value);
    return left + " = ?";
  }
}
