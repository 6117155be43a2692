package org.opencrm.crm.adapter.out.persistence.lead;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.persistence.Tuple;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;
import org.opencrm.crm.adapter.out.persistence.NativeValues;
import org.opencrm.crm.adapter.out.persistence.ScopeCondition;
import org.opencrm.crm.application.pool.PoolSimulation;
import org.opencrm.crm.application.pool.port.out.BusinessCalendar;
import org.opencrm.crm.application.pool.port.out.PoolReturns;
import org.opencrm.crm.domain.lead.Lead;
import org.opencrm.crm.domain.lead.PoolPolicy;
import org.opencrm.crm.domain.shared.DataScope;

/**
 * The return deadline of {@link org.opencrm.crm.domain.lead.ReturnForecast} in SQL, for sweeps and
 * simulations over many leads: the earlier of (later of taking and last follow-up) + follow-up days
 * and taking + conversion days, each only if the policy sets it. Days are 24 hours, as in the
 * domain (calendar days would shift by an hour across daylight-saving changes).
 */
@ApplicationScoped
class PoolReturnsAdapter implements PoolReturns {

  private final EntityManager em;
  private final BusinessCalendar calendar;

  PoolReturnsAdapter(EntityManager em, BusinessCalendar calendar) {
    this.em = em;
    this.calendar = calendar;
  }

  @Override
  public List<Lead> lockOverdue(PoolPolicy policy, Instant now, int limit) {
    // One rule at a time, each walking its own index in deadline order, so a batch reads about as
    // many rows as it returns however many leads are overdue (an OR of both would scan them all).
    List<UUID> ids = new ArrayList<>();
    for (ReturnRule rule : ReturnRule.of(policy)) {
      if (ids.size() >= limit) {
        break;
      }
      overdue(rule.clock(), now.minus(rule.length()), limit - ids.size()).stream()
          .filter(id -> !ids.contains(id))
          .forEach(ids::add);
    }
    return load(ids);
  }

  private List<UUID> overdue(String clock, Instant cutoff, int limit) {
    return ids(
        em.createNativeQuery(
                "SELECT l.id FROM lead l WHERE l.status = 'OWNED' AND "
                    + clock
                    + " <= :cutoff ORDER BY "
                    + clock
                    + " LIMIT :limit FOR UPDATE SKIP LOCKED")
            .setParameter("cutoff", cutoff)
            .setParameter("limit", limit)
            .getResultList());
  }

  @Override
  public List<Lead> dueForWarning(PoolPolicy policy, Instant now, int limit) {
    // Preselect on the indexed expressions (due within a day by some rule), then compute the
    // exact deadline only for those few rows. Each rule's window is bounded on both sides (a lead
    // past a deadline is overdue, not due for a warning), so that the generic plan of the prepared
    // statement still reads small index ranges (docs/benchmarks.md, "the sweep's generic plan").
    List<ReturnRule> rules = ReturnRule.of(policy);
    if (rules.isEmpty()) {
      return List.of();
    }
    String soon =
        rules.stream()
            .map(
                rule ->
                    String.format(
                        "(%1$s > :%2$sFloor AND %1$s <= :%2$sCutoff)", rule.clock(), rule.name()))
            .collect(Collectors.joining(" OR "));
    Instant warnUntil = now.plus(Duration.ofDays(1));
    Query query =
        em.createNativeQuery(
                "SELECT d.id FROM (SELECT l.id, "
                    + deadline(rules)
                    + " AS due FROM lead l WHERE l.status = 'OWNED' AND ("
                    + soon
                    + ")) d WHERE d.due > :now AND d.due <= :warnUntil AND NOT EXISTS ("
                    + "  SELECT 1 FROM reminder r WHERE r.kind = 'LEAD_RETURNS_TO_POOL'"
                    + "  AND r.subject_id = d.id AND r.due_at = d.due)"
                    + " LIMIT :limit")
            .setParameter("now", now)
            .setParameter("warnUntil", warnUntil)
            .setParameter("limit", limit);
    for (ReturnRule rule : rules) {
      query.setParameter(rule.name() + "Floor", now.minus(rule.length()));
      query.setParameter(rule.name() + "Cutoff", warnUntil.minus(rule.length()));
    }
    return load(ids(query.getResultList()));
  }

  @Override
  public PoolSimulation simulate(PoolPolicy policy, Instant now, int days, DataScope scope) {
    LocalDate today = calendar.dateOf(now);
    List<ReturnRule> rules = ReturnRule.of(policy);
    if (rules.isEmpty()) {
      return new PoolSimulation(0, emptyDays(today, days), List.of());
    }
    ScopeCondition inScope = ScopeCondition.of(scope, "l.owner_id", "l.team");
    Query query =
        em.createNativeQuery(
                "SELECT d.owner_id, d.due <= :now AS overdue,"
                    + " CAST(d.due AT TIME ZONE :zone AS date) AS day, count(*) AS leads"
                    + " FROM (SELECT l.owner_id, "
                    + deadline(rules)
                    + " AS due FROM lead l WHERE l.status = 'OWNED' AND "
                    + inScope.sql()
                    + ") d WHERE d.due < :horizon GROUP BY 1, 2, 3",
                Tuple.class)
            .setParameter("now", now)
            .setParameter("zone", calendar.zone().getId())
            .setParameter("horizon", calendar.startOf(today.plusDays(days)));
    inScope.bind(query);
    Map<String, int[]> perOwner = new TreeMap<>();
    int[] total = new int[days + 1];
    for (Object row : query.getResultList()) {
      Tuple columns = (Tuple) row;
      String owner = (String) columns.get("owner_id");
      boolean overdue = (Boolean) columns.get("overdue");
      int count = ((Number) columns.get("leads")).intValue();
      int slot =
          overdue
              ? 0
              : 1
                  + (int)
                      (NativeValues.localDate(columns.get("day")).toEpochDay()
                          - today.toEpochDay());
      int[] counts = perOwner.computeIfAbsent(owner, o -> new int[days + 1]);
      counts[slot] += count;
      total[slot] += count;
    }
    List<PoolSimulation.Day> dayList = new ArrayList<>();
    for (int i = 0; i < days; i++) {
      dayList.add(new PoolSimulation.Day(today.plusDays(i), total[i + 1]));
    }
    List<PoolSimulation.OwnerCount> owners = new ArrayList<>();
    perOwner.forEach(
        (owner, counts) -> {
          List<Integer> perDay = new ArrayList<>();
          for (int i = 1; i <= days; i++) {
            perDay.add(counts[i]);
          }
          owners.add(new PoolSimulation.OwnerCount(owner, counts[0], perDay));
        });
    return new PoolSimulation(total[0], dayList, owners);
  }

  private static List<PoolSimulation.Day> emptyDays(LocalDate today, int days) {
    List<PoolSimulation.Day> list = new ArrayList<>();
    for (int i = 0; i < days; i++) {
      list.add(new PoolSimulation.Day(today.plusDays(i), 0));
    }
    return list;
  }

  /** The deadline of a held lead: the earliest of its rules' ends (days as integer literals). */
  private static String deadline(List<ReturnRule> rules) {
    return rules.stream()
        .map(rule -> rule.clock() + " + make_interval(hours => 24 * " + rule.days() + ")")
        .collect(Collectors.joining(", ", "LEAST(", ")"));
  }

  /**
   * A rule of the policy that returns a held lead to the pool: its clock (an indexed expression on
   * alias {@code l}) runs for so many days. Only the rules the policy sets.
   */
  private record ReturnRule(String name, String clock, int days) {

    static List<ReturnRule> of(PoolPolicy policy) {
      List<ReturnRule> rules = new ArrayList<>();
      if (policy.followUpDeadlineDays() != null) {
        rules.add(
            new ReturnRule(
                "followUp",
                "GREATEST(l.held_since, l.last_follow_up_at)",
                policy.followUpDeadlineDays()));
      }
      if (policy.conversionDeadlineDays() != null) {
        rules.add(new ReturnRule("conversion", "l.held_since", policy.conversionDeadlineDays()));
      }
      return rules;
    }

    Duration length() {
      return Duration.ofDays(days);
    }
  }

  private static List<UUID> ids(List<?> rows) {
    return rows.stream().map(UUID.class::cast).toList();
  }

  private List<Lead> load(List<UUID> ids) {
    if (ids.isEmpty()) {
      return List.of();
    }
    return em
        .createQuery("SELECT l FROM LeadEntity l WHERE l.id IN :ids", LeadEntity.class)
        .setParameter("ids", ids)
        .getResultList()
        .stream()
        .map(LeadEntityMapper::toDomain)
        .toList();
  }
}
