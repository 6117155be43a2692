package org.opencrm.crm.adapter.out.persistence.revenue;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.opencrm.crm.adapter.out.persistence.MoneyColumns;
import org.opencrm.crm.adapter.out.persistence.NativeValues;
import org.opencrm.crm.adapter.out.persistence.ScopeCondition;
import org.opencrm.crm.application.revenue.RevenueSum;
import org.opencrm.crm.application.revenue.port.out.RevenueReport;
import org.opencrm.crm.domain.contract.RevenuePeriod;
import org.opencrm.crm.domain.shared.DataScope;

/**
 * Revenue in one statement over what each contract save keeps per holder and day ({@code
 * revenue_day}): contracted on the day a contract was signed (or came into force), collected on the
 * day a payment that counts was received.
 */
@ApplicationScoped
class RevenueReportAdapter implements RevenueReport {

  private final EntityManager em;

  RevenueReportAdapter(EntityManager em) {
    this.em = em;
  }

  @Override
  public List<RevenueSum> sums(
      RevenuePeriod period,
      LocalDate from,
      LocalDate until,
      String ownerId,
      String team,
      DataScope scope) {
    ScopeCondition condition = ScopeCondition.of(scope, "r.owner_id", "r.team");
    Map<String, Object> params = new HashMap<>(condition.parameters());
    StringBuilder filters = new StringBuilder(condition.sql());
    if (ownerId != null) {
      filters.append(" AND r.owner_id = :owner");
      params.put("owner", ownerId);
    }
    if (team != null) {
      filters.append(" AND r.team = :team");
      params.put("team", team);
    }
    params.put("unit", period.name().toLowerCase(Locale.ROOT));
    params.put("from", from);
    params.put("until", until);
    // The sums kept per holder and day (revenue_day), not every contract and payment.
    var query =
        em.createNativeQuery(
            "SELECT CAST(date_trunc(CAST(:unit AS text), CAST(r.day AS timestamp)) AS date),"
                + " r.currency, sum(r.contracted), sum(r.collected)"
                + " FROM revenue_day r WHERE "
                + filters
                + " AND r.day >= :from AND r.day < :until"
                + " GROUP BY 1, 2 HAVING sum(r.contracted) <> 0 OR sum(r.collected) <> 0"
                + " ORDER BY 1, 2");
    params.forEach(query::setParameter);
    List<RevenueSum> sums = new ArrayList<>();
    for (Object row : query.getResultList()) {
      Object[] columns = (Object[]) row;
      String currency = (String) columns[1];
      sums.add(
          new RevenueSum(
              NativeValues.localDate(columns[0]),
              MoneyColumns.money((BigDecimal) columns[2], currency),
              MoneyColumns.money((BigDecimal) columns[3], currency)));
    }
    return sums;
  }
}
