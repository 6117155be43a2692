package org.opencrm.crm.adapter.out.persistence.deal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.math.RoundingMode;
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
 * The forecast in one statement over the monthly sums kept at write time ({@link ForecastSums}):
 * cut into periods, summed per rep and currency and (a grouping set) per currency for everyone.
 */
@ApplicationScoped
class ForecastReportAdapter implements ForecastReport {

  private final EntityManager em;

  ForecastReportAdapter(EntityManager em) {
    this.em = em;
  }

  @Override
  public List<ForecastLine> lines(ForecastRange range, ForecastQuery query, DataScope scope) {
    ScopeCondition condition = ScopeCondition.of(scope, "f.owner_id", "f.team");
    Map<String, Object> params = new HashMap<>(condition.parameters());
    StringBuilder filters = new StringBuilder(condition.sql());
    if (query.ownerId() != null) {
      filters.append(" AND f.owner_id = :owner");
      params.put("owner", query.ownerId());
    }
    if (query.team() != null) {
      filters.append(" AND f.team = :team");
      params.put("team", query.team());
    }
    params.put("unit", range.period().name().toLowerCase(Locale.ROOT));
    params.put("from", range.from());
    params.put("to", range.to());
    var statement =
        em.createNativeQuery(
            // Weighted and commit sums take the stages' probabilities and marks as they are now.
            "SELECT CAST(date_trunc(CAST(:unit AS text), CAST(f.month AS timestamp)) AS date)"
                + " AS period, f.owner_id, f.currency,"
                + " COALESCE(sum(f.amount) FILTER (WHERE f.status = 'OPEN'), 0),"
                + " COALESCE(sum(f.amount * s.probability / 100) FILTER (WHERE f.status ="
                + " 'OPEN'), 0),"
                + " COALESCE(sum(f.amount) FILTER (WHERE f.status = 'OPEN' AND s.is_commit), 0),"
                + " COALESCE(sum(f.amount) FILTER (WHERE f.status = 'WON'), 0),"
                + " COALESCE(sum(f.deals) FILTER (WHERE f.status = 'OPEN'), 0),"
                + " COALESCE(sum(f.deals) FILTER (WHERE f.status = 'WON'), 0),"
                + " GROUPING(f.owner_id)"
                + " FROM forecast_month f JOIN pipeline_stage s ON s.id = f.stage_id"
                + " WHERE "
                + filters
                + " AND f.month BETWEEN :from AND :to AND f.deals > 0"
                + " GROUP BY GROUPING SETS ((1, f.owner_id, f.currency), (1, f.currency))"
                + " ORDER BY 1, GROUPING(f.owner_id) DESC, f.owner_id, f.currency");
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
