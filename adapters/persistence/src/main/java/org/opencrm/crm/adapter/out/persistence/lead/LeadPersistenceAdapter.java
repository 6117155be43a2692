package org.opencrm.crm.adapter.out.persistence.lead;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.Tuple;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.opencrm.crm.adapter.out.persistence.KeysetCursor;
import org.opencrm.crm.adapter.out.persistence.NativeValues;
import org.opencrm.crm.adapter.out.persistence.ScopeCondition;
import org.opencrm.crm.application.lead.LeadFilter;
import org.opencrm.crm.application.lead.LeadSort;
import org.opencrm.crm.application.lead.LeadView;
import org.opencrm.crm.application.lead.port.out.LeadRepository;
import org.opencrm.crm.application.shared.Page;
import org.opencrm.crm.application.shared.PageRequest;
import org.opencrm.crm.domain.lead.ClaimantStanding;
import org.opencrm.crm.domain.lead.Lead;
import org.opencrm.crm.domain.lead.LeadId;
import org.opencrm.crm.domain.lead.LeadStatus;
import org.opencrm.crm.domain.shared.DataScope;
import org.opencrm.crm.domain.shared.UserId;
import org.opencrm.crm.domain.shared.VersionConflictException;

/**
 * Leads in PostgreSQL. Visibility is one JPQL condition ({@link #visible}): held leads inside the
 * data scope, and the pool for any caller who has a scope at all.
 */
@ApplicationScoped
class LeadPersistenceAdapter implements LeadRepository {

  private static final String NEWEST = "created-desc";
  private static final String BEST_SCORE = "score-desc";

  private final LeadPanacheRepository rows;

  LeadPersistenceAdapter(LeadPanacheRepository rows) {
    this.rows = rows;
  }

  private EntityManager em() {
    return rows.getEntityManager();
  }

  @Override
  public Optional<Lead> find(LeadId id, DataScope scope) {
    return query(id, scope).getResultStream().findFirst().map(LeadEntityMapper::toDomain);
  }

  @Override
  public boolean exists(LeadId id) {
    return rows.findById(id.value()) != null;
  }

  @Override
  public Optional<Lead> lock(LeadId id, DataScope scope) {
    // Lock by id first, then read with the scope: a lead claimed meanwhile by someone else is
    // re-read as it is now, and so found held (or invisible), never as the pooled lead it was.
    em().createNativeQuery("SELECT id FROM lead WHERE id = ? FOR UPDATE")
        .setParameter(1, id.value())
        .getResultList();
    Optional<LeadEntity> found = query(id, scope).getResultStream().findFirst();
    found.ifPresent(entity -> em().refresh(entity));
    return found.map(LeadEntityMapper::toDomain);
  }

  private TypedQuery<LeadEntity> query(LeadId id, DataScope scope) {
    Map<String, Object> params = new HashMap<>();
    String condition = visible(scope, params);
    TypedQuery<LeadEntity> query =
        em().createQuery(
                "SELECT l FROM LeadEntity l WHERE l.id = :id AND " + condition, LeadEntity.class)
            .setParameter("id", id.value());
    params.forEach(query::setParameter);
    return query;
  }

  /** The data scope as a JPQL condition on alias {@code l}, the pool included for any scope. */
  static String visible(DataScope scope, Map<String, Object> params) {
    ScopeCondition inScope = ScopeCondition.of(scope, "l.ownerId", "l.team");
    params.putAll(inScope.parameters());
    return inScope.limited() ? "(" + inScope.sql() + " OR l.status = 'POOL')" : inScope.sql();
  }

  /**
   * The data scope for leads outside the pool: {@link #visible} without its pool alternative.
   * Written out rather than left to "AND status <> 'POOL'": PostgreSQL does not drop the dead
   * alternative itself, so a rep's list could not use the owner's indexes (docs/benchmarks.md).
   */
  static String held(DataScope scope, Map<String, Object> params) {
    ScopeCondition inScope = ScopeCondition.of(scope, "l.ownerId", "l.team");
    params.putAll(inScope.parameters());
    return inScope.sql();
  }

  @Override
  public Page<LeadView> search(
      LeadFilter filter, LeadSort sort, PageRequest page, DataScope scope) {
    Map<String, Object> params = new HashMap<>();
    StringBuilder jpql = new StringBuilder("SELECT l FROM LeadEntity l WHERE ");
    if (filter.status() == LeadStatus.POOL) {
      jpql.append(visible(scope, params));
    } else {
      // Lists show the caller's own records; the pool has its own list.
      jpql.append(held(scope, params)).append(" AND l.status <> 'POOL'");
    }
    return page(jpql, params, filter, sort, page);
  }

  @Override
  public Page<LeadView> pool(LeadFilter filter, LeadSort sort, PageRequest page) {
    Map<String, Object> params = new HashMap<>();
    StringBuilder jpql = new StringBuilder("SELECT l FROM LeadEntity l WHERE l.status = 'POOL'");
    LeadFilter poolFilter =
        new LeadFilter(
            null,
            null,
            null,
            filter.source(),
            filter.industry(),
            filter.grade(),
            filter.minScore());
    return page(jpql, params, poolFilter, sort, page);
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
    if (page.cursor() != null) {
      KeysetCursor after = KeysetCursor.decode(page.cursor(), order);
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
    jpql.append(
        byScore ? " ORDER BY l.score DESC, l.id DESC" : " ORDER BY l.createdAt DESC, l.id DESC");
    TypedQuery<LeadEntity> query =
        em().createQuery(jpql.toString(), LeadEntity.class).setMaxResults(page.limit() + 1);
    params.forEach(query::setParameter);
    List<LeadEntity> found = query.getResultList();
    List<LeadView> items = new ArrayList<>();
    String next = null;
    for (LeadEntity entity : found) {
      if (items.size() == page.limit()) {
        LeadView last = items.get(items.size() - 1);
        String key = byScore ? Integer.toString(last.score()) : last.createdAt().toString();
        next = new KeysetCursor(order, key, last.id()).encode();
        break;
      }
      items.add(LeadView.stored(LeadEntityMapper.toDomain(entity)));
    }
    return new Page<>(items, next);
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

  @Override
  public Lead save(Lead lead) {
    LeadEntity entity = rows.findById(lead.id().value());
    if (entity == null) {
      entity = new LeadEntity();
      entity.setId(lead.id().value());
      LeadEntityMapper.copy(lead, entity);
      rows.persist(entity);
    } else {
      if (entity.getVersion() != lead.version()) {
        throw new VersionConflictException("lead", lead.id(), lead.version(), entity.getVersion());
      }
      LeadEntityMapper.copy(lead, entity);
    }
    try {
      rows.flush();
    } catch (OptimisticLockException e) {
      throw new VersionConflictException("lead", lead.id(), lead.version(), lead.version() + 1);
    }
    return LeadEntityMapper.toDomain(entity);
  }

  @Override
  public void lockRep(UserId rep) {
    em().createNativeQuery("SELECT pg_advisory_xact_lock(hashtextextended('lead-rep:' || ?, 0))")
        .setParameter(1, rep.value())
        .getSingleResult();
  }

  @Override
  public long heldLeads(UserId rep) {
    return ((Number)
            em().createNativeQuery(
                    "SELECT count(*) FROM lead WHERE owner_id = ? AND status = 'OWNED'")
                .setParameter(1, rep.value())
                .getSingleResult())
        .longValue();
  }

  @Override
  public ClaimantStanding standing(UserId rep, LeadId lead, Instant claimsSince) {
    Tuple row =
        (Tuple)
            em().createNativeQuery(
                    "SELECT (SELECT count(*) FROM lead WHERE owner_id = :rep AND status = 'OWNED')"
                        + " AS held, (SELECT count(*) FROM lead_ownership WHERE rep_id = :rep"
                        + "   AND change = 'CLAIMED' AND occurred_at >= :since) AS claimed,"
                        + " (SELECT max(occurred_at) FROM lead_ownership WHERE lead_id = :lead"
                        + "   AND rep_id = :rep AND change IN ('RELEASED', 'RETURNED', 'REASSIGNED_AWAY'))"
                        + " AS last_let_go",
                    Tuple.class)
                .setParameter("rep", rep.value())
                .setParameter("since", claimsSince)
                .setParameter("lead", lead.value())
                .getSingleResult();
    return new ClaimantStanding(
        ((Number) row.get("held")).longValue(),
        ((Number) row.get("claimed")).longValue(),
        NativeValues.instant(row.get("last_let_go")));
  }

  @Override
  public void recordOwnership(LeadId lead, UserId rep, OwnershipChange change, Instant at) {
    em().createNativeQuery(
            "INSERT INTO lead_ownership (lead_id, rep_id, change, occurred_at) VALUES (?, ?, ?, ?)")
        .setParameter(1, lead.value())
        .setParameter(2, rep.value())
        .setParameter(3, change.name())
        .setParameter(4, at)
        .executeUpdate();
  }
}
