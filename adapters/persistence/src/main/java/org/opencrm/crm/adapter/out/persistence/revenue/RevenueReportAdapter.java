package org.opencrm.crm.adapter.out.persistence.revenue;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.opencrm.crm.adapter.out.persistence.MoneyColumns;
import org.opencrm.crm.adapter.out.persistence.ScopeCondition;
import org.opencrm.crm.application.revenue.RevenueSum;
import org.opencrm.crm.application.revenue.port.out.RevenueReport;
import org.opencrm.crm.domain.contract.RevenuePeriod;
import org.opencrm.crm.domain.shared.DataScope;

/**
 * Revenue in one statement: contracts that came into force summed by the period they were signed
 * in, payments that count by the period they were received in, joined per period and currency.
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
      DataScope scope,
      ZoneId zone) {
    ScopeCondition condition = ScopeCondition.of(scope, "c.owner_id", "c.team");
    Map<String, Object> params = new HashMap<>(condition.parameters());
    StringBuilder filters = new StringBuilder(condition.sql());
    if (ownerId != null) {
      filters.append(" AND c.owner_id = :owner");
      params.put("owner", ownerId);
    }
    if (team != null) {
      filters.append(" AND c.team = :team");
      params.put("team", team);
    }
    params.put("unit", period.name().toLowerCase(Locale.ROOT));
    params.put("zone", zone.getId());
    params.put("from", from);
    params.put("until", until);
    String signed =
        "COALESCE(c.signed_on, CAST(c.activated_at AT TIME ZONE CAST(:zone AS text) AS date))";
    var query =
        em.createNativeQuery(
            "WITH contracted AS (SELECT CAST(date_trunc(CAST(:unit AS text), CAST("
                + signed
                + " AS timestamp)) AS date) AS period, c.currency, sum(c.amount) AS amount"
                + " FROM contract c WHERE "
                + filters
                + " AND c.status IN ('ACTIVE', 'COMPLETED', 'TERMINATED')"
                + " AND "
                + signed
                + " >= :from AND "
                + signed
                + " < :until GROUP BY 1, 2),"
                + " collected AS (SELECT CAST(date_trunc(CAST(:unit AS text),"
                + " CAST(p.received_on AS timestamp)) AS date) AS period, c.currency,"
                + " sum(p.amount) AS amount"
                + " FROM contract_payment p JOIN contract c ON c.id = p.contract_id"
                + " WHERE "
                + filters
                + " AND p.reversal_reason IS NULL"
                + " AND p.received_on >= :from AND p.received_on < :until GROUP BY 1, 2)"
                + " SELECT COALESCE(a.period, b.period), COALESCE(a.currency, b.currency),"
                + " COALESCE(a.amount, 0), COALESCE(b.amount, 0)"
                + " FROM contracted a FULL JOIN collected b"
                + " ON a.period = b.period AND a.currency = b.currency ORDER BY 1, 2");
    params.forEach(query::setParameter);
    List<RevenueSum> sums = new ArrayList<>();
    for (Object row : query.getResultList()) {
      Object[] columns = (Object[]) row;
      String currency = (String) columns[1];
      sums.add(
          new RevenueSum(
              columns[0] instanceof LocalDate date
                  ? date
                  : ((java.sql.Date) columns[0]).toLocalDate(),
              MoneyColumns.money((BigDecimal) columns[2], currency),
              MoneyColumns.money((BigDecimal) columns[3], currency)));
    }
    return sums;
  }
}
