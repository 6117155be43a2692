package org.opencrm.crm.adapter.out.persistence.lead;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.opencrm.crm.adapter.out.persistence.Conditions;
import org.opencrm.crm.adapter.out.persistence.KeysetCursor;
import org.opencrm.crm.adapter.out.persistence.PageFinder;
import org.opencrm.crm.adapter.out.persistence.ScopeCondition;
import org.opencrm.crm.application.lead.LeadFilter;
import org.opencrm.crm.domain.lead.LeadStatus;
import org.opencrm.crm.domain.shared.DataScope;

/**
 * How a lead list finds the ids of its page, as customer lists do: it walks its scope (the pool,
 * the caller's, a rep's or a team's leads) in its order testing the other filters, up to a budget,
 * else gathers the matches through the filters' GIN index (V25) when there are few enough. Empty
 * when neither answers: the list then leaves the plan to PostgreSQL. Before, a rare combination (an
 * admin's referral leads of one grade, of which there were none) walked all 1 M leads by creation,
 * 1.6 s.
 */
final class LeadListPlans {

  private static final PageFinder LEADS = new PageFinder("lead", "l");

  /** How many leads a list reads in its order at most (each from the table) before it gathers. */
  private final int walkBudget;

  /** Up to how many matches a lead list gathers by index and sorts. */
  private final long gatherLimit;

  LeadListPlans(int walkBudget, long gatherLimit) {
    this.walkBudget = walkBudget;
    this.gatherLimit = gatherLimit;
  }

  /**
   * A lead list's page: its filters, its order, where the previous page ended (the cursor and its
   * key as the order reads it: a score or an instant's text) and how many rows to fetch.
   */
  record Query(LeadFilter filter, boolean byScore, KeysetCursor after, Object afterKey, int rows) {

    String orderKeys() {
      return byScore ? "l.score DESC, l.id DESC" : "l.created_at DESC, l.id DESC";
    }

    /** After the cursor, in the order's keys (what an index of the order serves). */
    Conditions afterCursor() {
      Conditions condition = new Conditions();
      if (after != null) {
        condition.add(
            byScore
                ? "(l.score, l.id) < (?, ?)"
                : "(l.created_at, l.id) < (CAST(? AS timestamptz), ?)",
            List.of(afterKey, after.id()));
      }
      return condition;
    }
  }

  /**
   * The ids of a page of the caller's list (held leads in scope; the pool when the status filter
   * asks for it), or empty to leave it to PostgreSQL.
   */
  Optional<List<UUID>> held(Connection connection, Query query, DataScope scope)
      throws SQLException {
    List<Object> scopeValues = new ArrayList<>();
    ScopeCondition inScope = ScopeCondition.of(scope, "l.owner_id", "l.team");
    String scopeSql = inScope.positional(scopeValues);
    boolean pooled = query.filter().status() == LeadStatus.POOL;
    Conditions walked = new Conditions();
    Conditions tested = new Conditions();
    if (pooled) {
      walked.add(
          inScope.limited() ? "(" + scopeSql + " OR l.status = 'POOL')" : scopeSql, scopeValues);
      walked.add("l.status = 'POOL'", List.of());
    } else {
      walked.add(scopeSql, scopeValues);
      // The held leads' indexes leave the pool out (V25), so the budget counts held leads only.
      walked.add("l.status <> 'POOL'", List.of());
      tested.equal(
          "l.status", query.filter().status() == null ? null : query.filter().status().name());
    }
    walked.equal("l.owner_id", query.filter().ownerId());
    walked.equal("l.team", query.filter().team());
    boolean filteredByHolder = query.filter().ownerId() != null || query.filter().team() != null;
    // The pool has indexes of its grades, sources and industries in both orders, the held leads
    // by score (V25, V27); a rep's or a team's list walks its own index.
    boolean walksAFilter = !filteredByHolder && (pooled || (!inScope.limited() && query.byScore()));
    return find(connection, query, walked, tested, walksAFilter);
  }

  /** The ids of a page of the shared pool, or empty to leave it to PostgreSQL. */
  Optional<List<UUID>> pool(Connection connection, Query query) throws SQLException {
    Conditions walked = new Conditions().add("l.status = 'POOL'", List.of());
    return find(connection, query, walked, new Conditions(), true);
  }

  /**
   * Walks {@code walked} in the list's order testing the other filters, else gathers. When {@code
   * walksAFilter}, the list walks the index of its grade, source or industry (the first of them it
   * filters by) in its order: the scoring model scores from these, so a walk of all scores met
   * every lead of the other grades or sources first (0.2 s for an admin's held warm leads), and the
   * pool's newest leads are often of one kind (a campaign's, an import's).
   */
  private Optional<List<UUID>> find(
      Connection connection,
      Query query,
      Conditions walked,
      Conditions tested,
      boolean walksAFilter)
      throws SQLException {
    LeadFilter filter = query.filter();
    boolean toWalk = walksAFilter;
    toWalk = walkedOrTested(toWalk, walked, tested, "l.grade", filter.grade());
    toWalk =
        walkedOrTested(
            toWalk,
            walked,
            tested,
            "l.source",
            filter.source() == null ? null : filter.source().name());
    walkedOrTested(toWalk, walked, tested, "l.industry", filter.industry());
    if (filter.minScore() != null) {
      // By score the least score ends the walk's range; by date it is tested like the others.
      (query.byScore() ? walked : tested).add("l.score >= ?", List.of(filter.minScore()));
    }
    Conditions scope = walked.and(query.afterCursor());
    if (tested.isEmpty()) {
      return Optional.empty(); // the order's index serves the page as it is
    }
    Optional<List<UUID>> walkedIds =
        LEADS.walk(connection, scope, tested, query.orderKeys(), query.rows(), walkBudget);
    if (walkedIds.isPresent()) {
      return walkedIds;
    }
    return LEADS.gather(
        connection, scope.and(tested), " ORDER BY " + query.orderKeys(), query.rows(), gatherLimit);
  }

  /**
   * Adds {@code column = value} (unless the value is null) to the walked conditions while a filter
   * is still {@code toWalk}, else to the tested ones; whether one still is.
   */
  private static boolean walkedOrTested(
      boolean toWalk, Conditions walked, Conditions tested, String column, String value) {
    if (value == null) {
      return toWalk;
    }
    (toWalk ? walked : tested).equal(column, value);
    return false;
  }
}
