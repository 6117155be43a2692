package org.opencrm.crm.adapter.out.persistence.lead;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.hibernate.Session;
import org.hibernate.jpa.HibernateHints;
import org.opencrm.crm.adapter.out.persistence.KeysetCursor;
import org.opencrm.crm.adapter.out.persistence.KeysetPage;
import org.opencrm.crm.application.lead.LeadFilter;
import org.opencrm.crm.application.lead.LeadSort;
import org.opencrm.crm.application.lead.LeadView;
import org.opencrm.crm.application.lead.port.out.LeadSearch;
import org.opencrm.crm.application.shared.Page;
import org.opencrm.crm.application.shared.PageRequest;
import org.opencrm.crm.domain.lead.LeadStatus;
import org.opencrm.crm.domain.shared.DataScope;

/** Lists of leads: the caller's, and the shared pool, in keyset pages. */
@ApplicationScoped
class LeadSearchAdapter implements LeadSearch {

  private static final String NEWEST = "created-desc";
  private static final String BEST_SCORE = "score-desc";

  private final EntityManager em;
  private final LeadListPlans plans;

  @Inject
  LeadSearchAdapter(
      EntityManager em,
      @ConfigProperty(name = "crm.leads.walk-budget", defaultValue = "2000") int walkBudget,
      @ConfigProperty(name = "crm.lists.gather-limit", defaultValue = "5000") long gatherLimit) {
    this.em = em;
    this.plans = new LeadListPlans(walkBudget, gatherLimit);
  }

  @Override
  public Page<LeadView> search(
      LeadFilter filter, LeadSort sort, PageRequest page, DataScope scope) {
    Optional<Page<LeadView>> planned =
        planned(filter, sort, page, (connection, query) -> plans.held(connection, query, scope));
    if (planned.isPresent()) {
      return planned.get();
    }
    Map<String, Object> params = new HashMap<>();
    StringBuilder jpql = new StringBuilder("SELECT l FROM LeadEntity l WHERE ");
    if (filter.status() == LeadStatus.POOL) {
      jpql.append(LeadVisibility.visible(scope, params));
    } else {
      // Lists show the caller's own records; the pool has its own list.
      jpql.append(LeadVisibility.held(scope, params)).append(" AND l.status <> 'POOL'");
    }
    return page(jpql, params, filter, sort, page);
  }

  @Override
  public Page<LeadView> pool(LeadFilter filter, LeadSort sort, PageRequest page) {
    LeadFilter poolFilter =
        new LeadFilter(
            null,
            null,
            null,
            filter.source(),
            filter.industry(),
            filter.grade(),
            filter.minScore());
    Optional<Page<LeadView>> planned = planned(poolFilter, sort, page, plans::pool);
    if (planned.isPresent()) {
      return planned.get();
    }
    Map<String, Object> params = new HashMap<>();
    StringBuilder jpql = new StringBuilder("SELECT l FROM LeadEntity l WHERE l.status = 'POOL'");
    return page(jpql, params, poolFilter, sort, page);
  }

  /** How a list's plan finds the ids of its page on the session's connection. */
  @FunctionalInterface
  private interface PageIds {
    Optional<List<UUID>> find(Connection connection, LeadListPlans.Query query) throws SQLException;
  }

  /**
   * The page when a walk or a gathering found its ids ({@link LeadListPlans}); empty when the
   * planner is to find it.
   */
  private Optional<Page<LeadView>> planned(
      LeadFilter filter, LeadSort sort, PageRequest page, PageIds plan) {
    boolean byScore = sort == LeadSort.BEST_SCORE;
    String order = byScore ? BEST_SCORE : NEWEST;
    KeysetCursor after = KeysetPage.after(page, order);
    Object afterKey =
        after == null ? null : byScore ? scoreKey(after) : after.instantKey().toString();
    LeadListPlans.Query query =
        new LeadListPlans.Query(filter, byScore, after, afterKey, KeysetPage.rowsToFetch(page));
    Optional<List<UUID>> ids =
        em.unwrap(Session.class).doReturningWork(connection -> plan.find(connection, query));
    return ids.map(found -> pageOf(loaded(found, byScore), page, byScore));
  }

  /** The leads of the ids found, in the list's order. */
  private List<LeadEntity> loaded(List<UUID> ids, boolean byScore) {
    if (ids.isEmpty()) {
      return List.of();
    }
    return em.createQuery(
            "SELECT l FROM LeadEntity l WHERE l.id IN :ids" + orderBy(byScore), LeadEntity.class)
        .setParameter("ids", ids)
        .setHint(HibernateHints.HINT_READ_ONLY, true)
        .getResultList();
  }

  private static String orderBy(boolean byScore) {
    return byScore ? " ORDER BY l.score DESC, l.id DESC" : " ORDER BY l.createdAt DESC, l.id DESC";
  }

  private Page<LeadView> page(
      StringBuilder jpql,
      Map<String, Object> params,
      LeadFilter filter,
      LeadSort sort,
      PageRequest page) {
    equal(jpql, params, "status", filter.status() == null ? null : filter.status().name());
    equal(jpql, params, "ownerId", filter.ownerId());
    equal(jpql, params, "team", filter.team());
    equal(jpql, params, "source", filter.source() == null ? null : filter.source().name());
    equal(jpql, params, "industry", filter.industry());
    equal(jpql, params, "grade", filter.grade());
    if (filter.minScore() != null) {
      jpql.append(" AND l.score >= :minScore");
      params.put("minScore", filter.minScore());
    }
    boolean byScore = sort == LeadSort.BEST_SCORE;
    String order = byScore ? BEST_SCORE : NEWEST;
    KeysetCursor after = KeysetPage.after(page, order);
    if (after != null) {
      if (byScore) {
        jpql.append(" AND (l.score < :afterScore OR (l.score = :afterScore AND l.id < :afterId))");
        params.put("afterScore", scoreKey(after));
      } else {
        jpql.append(
            " AND (l.createdAt < :afterCreated OR (l.createdAt = :afterCreated AND l.id < :afterId))");
        params.put("afterCreated", after.instantKey());
      }
      params.put("afterId", after.id());
    }
    jpql.append(orderBy(byScore));
    TypedQuery<LeadEntity> query =
        em.createQuery(jpql.toString(), LeadEntity.class)
            .setMaxResults(KeysetPage.rowsToFetch(page))
            .setHint(HibernateHints.HINT_READ_ONLY, true);
    params.forEach(query::setParameter);
    return pageOf(query.getResultList(), page, byScore);
  }

  private static Page<LeadView> pageOf(List<LeadEntity> leads, PageRequest page, boolean byScore) {
    String order = byScore ? BEST_SCORE : NEWEST;
    return KeysetPage.of(
        leads,
        page,
        entity -> LeadView.stored(LeadEntityMapper.toDomain(entity)),
        last ->
            new KeysetCursor(
                order,
                byScore ? Integer.toString(last.getScore()) : last.getCreatedAt().toString(),
                last.getId()));
  }

  private static int scoreKey(KeysetCursor cursor) {
    try {
      return Integer.parseInt(cursor.key());
    } catch (NumberFormatException e) {
      throw new org.opencrm.crm.domain.shared.InvalidValueException(
          PageRequest.CURSOR_INVALID, "cursor", "The cursor is not one this list returned");
    }
  }

  private static void equal(
      StringBuilder jpql, Map<String, Object> params, String field, String value) {
    if (value != null) {
      jpql.append(" AND l.").append(field).append(" = :").append(field);
      params.put(field, value);
    }
  }
}
