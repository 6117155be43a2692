package org.opencrm.crm.adapter.out.persistence.deal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.opencrm.crm.adapter.out.persistence.KeysetCursor;
import org.opencrm.crm.adapter.out.persistence.KeysetPage;
import org.opencrm.crm.adapter.out.persistence.NativeValues;
import org.opencrm.crm.adapter.out.persistence.ScopeCondition;
import org.opencrm.crm.application.opportunity.OpportunityFilter;
import org.opencrm.crm.application.opportunity.OpportunitySort;
import org.opencrm.crm.application.opportunity.OpportunityView;
import org.opencrm.crm.application.opportunity.StageVisitView;
import org.opencrm.crm.application.opportunity.port.out.OpportunitySearch;
import org.opencrm.crm.application.shared.Page;
import org.opencrm.crm.application.shared.PageRequest;
import org.opencrm.crm.domain.deal.OpportunityDetails;
import org.opencrm.crm.domain.deal.OpportunityId;
import org.opencrm.crm.domain.deal.OpportunityStatus;
import org.opencrm.crm.domain.shared.DataScope;
import org.opencrm.crm.domain.shared.Percent;

/**
 * Opportunities as lists show them: one statement joining the customer's name and the stage's name
 * and probability, filtered inside the scope, keyset-paged in the order asked for.
 */
@ApplicationScoped
class OpportunityReadModel implements OpportunitySearch {

  private static final String SELECT =
      "SELECT o.id, o.customer_id, c.name AS customer_name, o.pipeline_id, o.stage_id,"
          + " s.name AS stage_name, s.probability, o.status, o.name, o.amount, o.currency,"
          + " CAST(o.line_items AS text) AS line_items, o.expected_close_date, o.source,"
          + " o.next_step, o.competitor, CAST(o.contacts AS text) AS contacts, o.lost_reason,"
          + " o.closed_at, o.owner_id, o.team, o.created_at, o.updated_at, o.version,"
          + " %s AS sort_key"
          + " FROM opportunity o JOIN customer c ON c.id = o.customer_id"
          + " JOIN pipeline_stage s ON s.id = o.stage_id";

  private final EntityManager em;

  OpportunityReadModel(EntityManager em) {
    this.em = em;
  }

  @Override
  public Optional<OpportunityView> findView(OpportunityId id, DataScope scope) {
    ScopeCondition condition = ScopeCondition.of(scope, "o.owner_id", "o.team");
    List<?> rows =
        condition
            .bind(
                em.createNativeQuery(
                        SELECT.formatted("NULL") + " WHERE o.id = :id AND " + condition.sql())
                    .setParameter("id", id.value()))
            .getResultList();
    return rows.stream().findFirst().map(row -> view((Object[]) row));
  }

  @Override
  public Page<OpportunityView> list(
      OpportunityFilter filter, OpportunitySort sort, PageRequest page, DataScope scope) {
    ScopeCondition condition = ScopeCondition.of(scope, "o.owner_id", "o.team");
    List<String> conditions = new ArrayList<>(List.of(condition.sql()));
    Map<String, Object> params = new HashMap<>(condition.parameters());
    addFilters(filter, conditions, params);
    boundSortKey(filter, sort.field(), conditions);

    String order = "opportunities," + (sort.descending() ? "-" : "") + sort.field().apiName();
    String key = sortKey(sort.field());
    KeysetCursor after = KeysetPage.after(page, order);
    if (after != null) {
      conditions.add(
          "("
              + key
              + ", o.id) "
              + (sort.descending() ? "<" : ">")
              + " (CAST(:afterKey AS "
              + keyType(sort.field())
              + "), :afterId)");
      params.put("afterKey", checkedKey(after, sort.field()));
      params.put("afterId", after.id());
    }
    String direction = sort.descending() ? " DESC" : "";
    var query =
        em.createNativeQuery(
            SELECT.formatted(
                    // A date as text: 'infinity' has no Java date to come back as.
                    sort.field() == OpportunitySort.Field.EXPECTED_CLOSE_DATE
                        ? "CAST(" + key + " AS text)"
                        : key)
                + " WHERE "
                + String.join(" AND ", conditions)
                + " ORDER BY "
                + key
                + direction
                + ", o.id"
                + direction
                + " LIMIT "
                + KeysetPage.rowsToFetch(page));
    params.forEach(query::setParameter);
    List<Object[]> rows = query.getResultList().stream().map(row -> (Object[]) row).toList();
    return KeysetPage.of(
        rows,
        page,
        OpportunityReadModel::view,
        row -> new KeysetCursor(order, keyText(row[24]), (UUID) row[0]));
  }

  @Override
  public List<StageVisitView> visits(OpportunityId id) {
    List<?> rows =
        em.createNativeQuery(
                "SELECT v.stage_id, s.name, v.entered_at, v.left_at FROM opportunity_stage_visit v"
                    + " JOIN pipeline_stage s ON s.id = v.stage_id"
                    + " WHERE v.opportunity_id = :id ORDER BY v.seq")
            .setParameter("id", id.value())
            .getResultList();
    return rows.stream()
        .map(
            row -> {
              Object[] columns = (Object[]) row;
              return new StageVisitView(
                  (UUID) columns[0],
                  (String) columns[1],
                  NativeValues.instant(columns[2]),
                  NativeValues.instant(columns[3]));
            })
        .toList();
  }

  private static void addFilters(
      OpportunityFilter filter, List<String> conditions, Map<String, Object> params) {
    equal("o.owner_id", "ownerId", filter.ownerId(), conditions, params);
    equal("o.team", "team", filter.team(), conditions, params);
    equal("o.customer_id", "customerId", filter.customerId(), conditions, params);
    equal("o.pipeline_id", "pipelineId", filter.pipelineId(), conditions, params);
    equal("o.stage_id", "stageId", filter.stageId(), conditions, params);
    equal(
        "o.status",
        "status",
        filter.status() == null ? null : filter.status().name(),
        conditions,
        params);
    equal("o.currency", "currency", filter.currency(), conditions, params);
    bound("o.expected_close_date >=", "closeFrom", filter.closeFrom(), conditions, params);
    bound("o.expected_close_date <=", "closeTo", filter.closeTo(), conditions, params);
    bound("o.amount >=", "amountMin", filter.amountMin(), conditions, params);
    bound("o.amount <=", "amountMax", filter.amountMax(), conditions, params);
  }

  private static void equal(
      String column,
      String parameter,
      Object value,
      List<String> conditions,
      Map<String, Object> params) {
    bound(column + " =", parameter, value, conditions, params);
  }

  private static void bound(
      String comparison,
      String parameter,
      Object value,
      List<String> conditions,
      Map<String, Object> params) {
    if (value != null) {
      conditions.add(comparison + " :" + parameter);
      params.put(parameter, value);
    }
  }

  /**
   * A range filter on the sorted column restated on the sort expression, so that the index on that
   * expression starts and ends where the range does instead of reading up to it. (The plain
   * conditions stay: they leave out the rows without a value, which the expression sorts at an
   * end.)
   */
  private static void boundSortKey(
      OpportunityFilter filter, OpportunitySort.Field field, List<String> conditions) {
    String key = sortKey(field);
    if (field == OpportunitySort.Field.EXPECTED_CLOSE_DATE) {
      if (filter.closeFrom() != null) {
        conditions.add(key + " >= :closeFrom");
      }
      if (filter.closeTo() != null) {
        conditions.add(key + " <= :closeTo");
      }
    }
    if (field == OpportunitySort.Field.AMOUNT) {
      if (filter.amountMin() != null) {
        conditions.add(key + " >= :amountMin");
      }
      if (filter.amountMax() != null) {
        conditions.add(key + " <= :amountMax");
      }
    }
  }

  /** The sort expression; the indexes are built on the same expressions. */
  private static String sortKey(OpportunitySort.Field field) {
    return switch (field) {
      case UPDATED_AT -> "o.updated_at";
      case AMOUNT -> "COALESCE(o.amount, -1)";
      case EXPECTED_CLOSE_DATE -> "COALESCE(o.expected_close_date, DATE 'infinity')";
    };
  }

  private static String keyType(OpportunitySort.Field field) {
    return switch (field) {
      case UPDATED_AT -> "timestamptz";
      case AMOUNT -> "numeric";
      case EXPECTED_CLOSE_DATE -> "date";
    };
  }

  /** The cursor's key, checked to be one of this order's (a forged one is refused, not cast). */
  private static String checkedKey(KeysetCursor after, OpportunitySort.Field field) {
    return switch (field) {
      case UPDATED_AT -> after.instantKey().toString();
      case AMOUNT -> after.decimalKey().toPlainString();
      case EXPECTED_CLOSE_DATE -> after.dateKey();
    };
  }

  private static String keyText(Object key) {
    if (key instanceof BigDecimal decimal) {
      return decimal.toPlainString();
    }
    if (key instanceof String date) {
      return date;
    }
    return NativeValues.instant(key).toString();
  }

  private static OpportunityView view(Object[] row) {
    BigDecimal amount = (BigDecimal) row[9];
    OpportunityDetails details =
        OpportunityEntityMapper.details(
            (String) row[8],
            amount,
            (String) row[10],
            (String) row[11],
            NativeValues.localDate(row[12]),
            (String) row[13],
            (String) row[14],
            (String) row[15],
            (String) row[16]);
    Percent probability = new Percent((BigDecimal) row[6]);
    return new OpportunityView(
        (UUID) row[0],
        (UUID) row[1],
        (String) row[2],
        (UUID) row[3],
        (UUID) row[4],
        (String) row[5],
        probability,
        OpportunityStatus.valueOf((String) row[7]),
        details,
        details.value() == null ? null : details.value().total().share(probability),
        (String) row[17],
        NativeValues.instant(row[18]),
        (String) row[19],
        (String) row[20],
        NativeValues.instant(row[21]),
        NativeValues.instant(row[22]),
        ((Number) row[23]).longValue());
  }
}
