package org.opencrm.crm.adapter.out.persistence.receivable;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.opencrm.crm.adapter.out.persistence.MoneyColumns;
import org.opencrm.crm.adapter.out.persistence.NativeValues;
import org.opencrm.crm.adapter.out.persistence.ScopeCondition;
import org.opencrm.crm.application.receivable.AgingGrouping;
import org.opencrm.crm.application.receivable.AgingLine;
import org.opencrm.crm.application.receivable.DueItem;
import org.opencrm.crm.application.receivable.ReceivableTotals;
import org.opencrm.crm.application.receivable.port.out.ReceivablesReport;
import org.opencrm.crm.domain.customer.CustomerId;
import org.opencrm.crm.domain.shared.DataScope;

/**
 * Receivables in SQL, each report one statement, over what each save keeps: the installments'
 * outstanding amounts (the payments allocated oldest due first, as the domain's payment plan does)
 * and their sums per holder and due day ({@code receivable_due}) for the aging report.
 */
@ApplicationScoped
class ReceivablesReportAdapter implements ReceivablesReport {

  /** The contracts that owe (in force or fulfilled), with what was paid and invoiced. */
  private static final String CONTRACTS =
      "owing AS (SELECT c.id, c.number, c.customer_id, c.owner_id, c.team, c.currency, c.amount,"
          + " c.status, c.ends_on,"
          + " COALESCE((SELECT sum(p.amount) FROM contract_payment p WHERE p.contract_id = c.id"
          + " AND p.reversal_reason IS NULL), 0) AS paid,"
          + " COALESCE((SELECT sum(i.amount) FROM contract_invoice i"
          + " WHERE i.contract_id = c.id), 0) AS invoiced"
          + " FROM contract c WHERE c.status IN ('ACTIVE', 'COMPLETED') AND %s)";

  private final EntityManager em;

  ReceivablesReportAdapter(EntityManager em) {
    this.em = em;
  }

  @Override
  public Map<String, ReceivableTotals> ofCustomer(
      CustomerId customer, DataScope scope, LocalDate asOf) {
    Map<String, Object> params = new HashMap<>();
    String owing = owing(scope, "c.customer_id = :customer", params);
    params.put("customer", customer.value());
    params.put("asOf", asOf);
    var query =
        em.createNativeQuery(
            "WITH "
                + owing
                + " SELECT o.currency, sum(o.amount), sum(o.invoiced), sum(o.paid),"
                + " sum(o.amount - o.paid), COALESCE(sum((SELECT sum(i.outstanding)"
                + " FROM contract_installment i WHERE i.contract_id = o.id"
                + " AND i.due_on < :asOf)), 0)"
                + " FROM owing o GROUP BY o.currency ORDER BY o.currency");
    params.forEach(query::setParameter);
    Map<String, ReceivableTotals> totals = new LinkedHashMap<>();
    for (Object row : query.getResultList()) {
      Object[] columns = (Object[]) row;
      String currency = (String) columns[0];
      totals.put(
          currency,
          new ReceivableTotals(
              MoneyColumns.money((BigDecimal) columns[1], currency),
              MoneyColumns.money((BigDecimal) columns[2], currency),
              MoneyColumns.money((BigDecimal) columns[3], currency),
              MoneyColumns.money((BigDecimal) columns[4], currency),
              MoneyColumns.money((BigDecimal) columns[5], currency)));
    }
    return totals;
  }

  @Override
  public List<AgingLine> aging(AgingGrouping grouping, DataScope scope, LocalDate asOf) {
    ScopeCondition inScope = ScopeCondition.of(scope, "r.owner_id", "r.team");
    Map<String, Object> params = new HashMap<>(inScope.parameters());
    params.put("asOf", asOf);
    String holder = grouping == AgingGrouping.OWNER ? "r.owner_id" : "r.team";
    // The sums kept per holder and due day (receivable_due), not every installment.
    var query =
        em.createNativeQuery(
            "SELECT holder, currency,"
                + " COALESCE(sum(outstanding) FILTER (WHERE days <= 0), 0),"
                + " COALESCE(sum(outstanding) FILTER (WHERE days BETWEEN 1 AND 30), 0),"
                + " COALESCE(sum(outstanding) FILTER (WHERE days BETWEEN 31 AND 60), 0),"
                + " COALESCE(sum(outstanding) FILTER (WHERE days BETWEEN 61 AND 90), 0),"
                + " COALESCE(sum(outstanding) FILTER (WHERE days > 90), 0),"
                + " sum(outstanding), GROUPING(holder)"
                + " FROM (SELECT "
                + holder
                + " AS holder, r.currency, r.outstanding, CAST(:asOf AS date) - r.due_on AS days"
                + " FROM receivable_due r WHERE r.outstanding > 0 AND "
                + inScope.sql()
                + ") aged GROUP BY GROUPING SETS ((holder, currency), (currency))"
                + " ORDER BY GROUPING(holder) DESC, holder, currency");
    params.forEach(query::setParameter);
    List<AgingLine> lines = new ArrayList<>();
    for (Object row : query.getResultList()) {
      Object[] columns = (Object[]) row;
      String currency = (String) columns[1];
      boolean everyone = ((Number) columns[8]).intValue() == 1;
      String holderName = everyone ? null : (String) columns[0];
      lines.add(
          new AgingLine(
              holderName != null && holderName.isEmpty() ? "(no team)" : holderName,
              MoneyColumns.money((BigDecimal) columns[2], currency),
              MoneyColumns.money((BigDecimal) columns[3], currency),
              MoneyColumns.money((BigDecimal) columns[4], currency),
              MoneyColumns.money((BigDecimal) columns[5], currency),
              MoneyColumns.money((BigDecimal) columns[6], currency),
              MoneyColumns.money((BigDecimal) columns[7], currency)));
    }
    return lines;
  }

  @Override
  public List<DueItem> due(LocalDate asOf, LocalDate until, DataScope scope, int limit) {
    ScopeCondition inScope = ScopeCondition.of(scope, "c.owner_id", "c.team");
    Map<String, Object> params = new HashMap<>(inScope.parameters());
    params.put("asOf", asOf);
    params.put("until", until);
    String owing = "c.status IN ('ACTIVE', 'COMPLETED') AND " + inScope.sql();
    var query =
        em.createNativeQuery(
            "SELECT * FROM ("
                + " SELECT CASE WHEN i.due_on < :asOf THEN 'INSTALLMENT_OVERDUE'"
                + " ELSE 'INSTALLMENT_DUE' END AS kind, i.due_on AS day, c.id, c.number,"
                + " c.customer_id, i.seq + 1 AS installment, i.outstanding, c.currency,"
                + " c.owner_id, c.team"
                + " FROM contract_installment i JOIN contract c ON c.id = i.contract_id"
                + " WHERE i.outstanding > 0 AND i.due_on <= :until AND "
                + owing
                + " UNION ALL"
                + " SELECT 'CONTRACT_ENDING', c.ends_on, c.id, c.number, c.customer_id, NULL, NULL,"
                + " c.currency, c.owner_id, c.team FROM contract c WHERE c.status = 'ACTIVE'"
                + " AND c.ends_on BETWEEN :asOf AND :until AND "
                + inScope.sql()
                + ") due ORDER BY day, id, installment LIMIT "
                + limit);
    params.forEach(query::setParameter);
    List<Object[]> rows = query.getResultList().stream().map(row -> (Object[]) row).toList();
    Map<UUID, String> names = customerNames(rows.stream().map(row -> (UUID) row[4]).toList());
    return rows.stream()
        .map(
            row ->
                new DueItem(
                    DueItem.Kind.valueOf((String) row[0]),
                    NativeValues.localDate(row[1]),
                    (UUID) row[2],
                    (String) row[3],
                    (UUID) row[4],
                    names.get((UUID) row[4]),
                    row[5] == null ? null : ((Number) row[5]).intValue(),
                    row[6] == null
                        ? null
                        : MoneyColumns.money((BigDecimal) row[6], (String) row[7]),
                    (String) row[8],
                    (String) row[9]))
        .toList();
  }

  private Map<UUID, String> customerNames(List<UUID> ids) {
    Map<UUID, String> names = new HashMap<>();
    if (ids.isEmpty()) {
      return names;
    }
    List<?> rows =
        em.createNativeQuery("SELECT id, name FROM customer WHERE id IN (:ids)")
            .setParameter("ids", ids.stream().distinct().toList())
            .getResultList();
    for (Object row : rows) {
      Object[] columns = (Object[]) row;
      names.put((UUID) columns[0], (String) columns[1]);
    }
    return names;
  }

  private static String owing(DataScope scope, String condition, Map<String, Object> params) {
    ScopeCondition inScope = ScopeCondition.of(scope, "c.owner_id", "c.team");
    params.putAll(inScope.parameters());
    return CONTRACTS.formatted(inScope.sql() + " AND " + condition);
  }
}
