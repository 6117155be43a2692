package org.opencrm.crm.adapter.out.persistence.deal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.opencrm.crm.adapter.out.persistence.NativeValues;
import org.opencrm.crm.adapter.out.persistence.ScopeCondition;
import org.opencrm.crm.application.opportunity.ForecastLine;
import org.opencrm.crm.application.opportunity.ForecastQuery;
import org.opencrm.crm.application.opportunity.port.out.ForecastReport;
import org.opencrm.crm.domain.deal.ForecastRange;
import org.opencrm.crm.domain.shared.DataScope;
import org.opencrm.crm.domain.shared.Money;

/**
 * The forecast in one statement: the open deals closing in the range and the deals won in it, cut
 * into periods, summed per rep and currency and (a grouping set) per currency for everyone.
 */
@ApplicationScoped
class ForecastReportAdapter implements ForecastReport {

  private final EntityManager em;

  ForecastReportAdapter(EntityManager em) {
    this.em = em;
  }

  @Override
  public List<ForecastLine> lines(
      ForecastRange range, ForecastQuery query, DataScope scope, ZoneId zone) {
    ScopeCondition condition = ScopeCondition.of(scope, "o.owner_id", "o.team");
    Map<String, Object> params = new HashMap<>(condition.parameters());
    StringBuilder filters = new StringBuilder(condition.sql());
    if (query.ownerId() != null) {
      filters.append(" AND o.owner_id = :owner");
      params.put("owner", query.ownerId());
    }
    if (query.team() != null) {
      filters.append(" AND o.team = :team");
      params.put("team", query.team());
    }
    params.put("unit", range.period().name().toLowerCase(Locale.ROOT));
    params.put("zone", zone.getId());
    params.put("from", range.from());
    params.put("to", range.to());
    params.put("wonFrom", range.from().atStartOfDay(zone).toInstant());
    params.put("wonUntil", range.to().plusDays(1).atStartOfDay(zone).toInstant());
    var statement =
        em.createNativeQuery(
            // The open deals and the won ones apart: each branch is one range of a covering
            // index (team and close date of open deals, team and win time of won ones), read
            // without the table (so the status is written out, not read).
            "WITH deals AS ("
                + " SELECT o.owner_id, o.currency, o.amount, 'OPEN' AS status, o.stage_id,"
                + " CAST(date_trunc(CAST(:unit AS text), CAST(o.expected_close_date AS timestamp))"
                + " AS date) AS period"
                + " FROM opportunity o WHERE "
                + filters
                + " AND o.status = 'OPEN' AND o.amount IS NOT NULL"
                + " AND o.expected_close_date BETWEEN :from AND :to"
                + " UNION ALL"
                + " SELECT o.owner_id, o.currency, o.amount, 'WON', o.stage_id,"
                + " CAST(date_trunc(CAST(:unit AS text), CAST(CAST(o.closed_at AT TIME ZONE"
                + " CAST(:zone AS text) AS date) AS timestamp)) AS date)"
                + " FROM opportunity o WHERE "
                + filters
                + " AND o.status = 'WON' AND o.amount IS NOT NULL"
                + " AND o.closed_at >= :wonFrom AND o.closed_at < :wonUntil)"
                + " SELECT period, owner_id, currency,"
                + " COALESCE(sum(amount) FILTER (WHERE status = 'OPEN'), 0),"
                + " COALESCE(sum(amount * probability / 100) FILTER (WHERE status = 'OPEN'), 0),"
                + " COALESCE(sum(amount) FILTER (WHERE status = 'OPEN' AND is_commit), 0),"
                + " COALESCE(sum(amount) FILTER (WHERE status = 'WON'), 0),"
                + " count(*) FILTER (WHERE status = 'OPEN'),"
                + " count(*) FILTER (WHERE status = 'WON'),"
                + " GROUPING(owner_id)"
                + " FROM deals d JOIN pipeline_stage s ON s.id = d.stage_id"
                + " GROUP BY GROUPING SETS ((period, owner_id, currency),"
                + " (period, currency))"
                + " ORDER BY period, GROUPING(owner_id) DESC, owner_id, currency");
    params.forEach(statement::setParameter);
    List<ForecastLine> lines = new ArrayList<>();
    for (Object row : statement.getResultList()) {
      Object[] columns = (Object[]) row;
      Currency currency = Currency.getInstance((String) columns[2]);
      Money won = money(columns[6], currency);
      Money open = money(columns[3], currency);
      lines.add(
          new ForecastLine(
              NativeValues.localDate(columns[0]),
              ((Number) columns[9]).intValue() == 1 ? null : (String) columns[1],
              open,
              money(columns[4], currency),
              won.plus(money(columns[5], currency)),
              won.plus(open),
              won,
              ((Number) columns[7]).longValue(),
              ((Number) columns[8]).longValue()));
    }
    return lines;
  }

  /** A sum half up to the currency's smallest unit (only the weighted sum has more decimals). */
  private static Money money(Object sum, Currency currency) {
    return new Money(
        ((BigDecimal) sum).setScale(currency.getDefaultFractionDigits(), RoundingMode.HALF_UP),
        currency);
  }
}
