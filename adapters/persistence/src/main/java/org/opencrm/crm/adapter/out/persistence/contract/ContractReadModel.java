package org.opencrm.crm.adapter.out.persistence.contract;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.opencrm.crm.adapter.out.persistence.KeysetCursor;
import org.opencrm.crm.adapter.out.persistence.KeysetPage;
import org.opencrm.crm.adapter.out.persistence.MoneyColumns;
import org.opencrm.crm.adapter.out.persistence.NativeValues;
import org.opencrm.crm.adapter.out.persistence.ScopeCondition;
import org.opencrm.crm.application.contract.ContractFilter;
import org.opencrm.crm.application.contract.ContractSummary;
import org.opencrm.crm.application.contract.port.out.ContractSearch;
import org.opencrm.crm.application.shared.Page;
import org.opencrm.crm.application.shared.PageRequest;
import org.opencrm.crm.domain.contract.ApprovalLevel;
import org.opencrm.crm.domain.contract.ContractStatus;
import org.opencrm.crm.domain.shared.DataScope;
import org.opencrm.crm.domain.shared.TeamId;
import org.opencrm.crm.domain.shared.UserId;

/**
 * Contracts as lists and the approval queue show them: one statement with the customer's name and
 * what was received (reversed payments left out) and invoiced.
 */
@ApplicationScoped
class ContractReadModel implements ContractSearch {

  private static final String SELECT =
      "SELECT c.id, c.number, c.customer_id, cu.name, c.title, c.amount, c.currency, c.status,"
          + " c.pending_level, c.signed_on, c.starts_on, c.ends_on,"
          + " COALESCE((SELECT sum(p.amount) FROM contract_payment p WHERE p.contract_id = c.id"
          + " AND p.reversal_reason IS NULL), 0),"
          + " COALESCE((SELECT sum(i.amount) FROM contract_invoice i"
          + " WHERE i.contract_id = c.id), 0),"
          + " c.owner_id, c.team, c.created_at, c.updated_at, c.version"
          + " FROM contract c JOIN customer cu ON cu.id = c.customer_id";

  private static final String LIST_ORDER = "contracts,-createdAt";
  private static final String QUEUE_ORDER = "approvals,updatedAt";

  private final EntityManager em;

  ContractReadModel(EntityManager em) {
    this.em = em;
  }

  @Override
  public Page<ContractSummary> list(
      ContractFilter filter, PageRequest page, DataScope scope, LocalDate today) {
    ScopeCondition condition = ScopeCondition.of(scope, "c.owner_id", "c.team");
    List<String> conditions = new ArrayList<>(List.of(condition.sql()));
    Map<String, Object> params = new HashMap<>(condition.parameters());
    add(conditions, params, "c.owner_id = :ownerId", "ownerId", filter.ownerId());
    add(conditions, params, "c.team = :team", "team", filter.team());
    add(conditions, params, "c.customer_id = :customerId", "customerId", filter.customerId());
    add(conditions, params, "c.signed_on >= :signedFrom", "signedFrom", filter.signedFrom());
    add(conditions, params, "c.signed_on <= :signedTo", "signedTo", filter.signedTo());
    if (filter.status() != null) {
      switch (filter.status()) {
        case ACTIVE ->
            conditions.add("c.status = 'ACTIVE' AND (c.ends_on IS NULL OR c.ends_on >= :today)");
        case EXPIRED -> conditions.add("c.status = 'ACTIVE' AND c.ends_on < :today");
        default -> conditions.add("c.status = '" + filter.status().name() + "'");
      }
      if (filter.status() == ContractStatus.ACTIVE || filter.status() == ContractStatus.EXPIRED) {
        params.put("today", today);
      }
    }
    KeysetCursor after = KeysetPage.after(page, LIST_ORDER);
    if (after != null) {
      conditions.add("(c.created_at, c.id) < (:afterAt, :afterId)");
      params.put("afterAt", after.instantKey());
      params.put("afterId", after.id());
    }
    return page(conditions, params, "c.created_at DESC, c.id DESC", page, today, LIST_ORDER, 16);
  }

  @Override
  public Page<ContractSummary> pendingApproval(
      List<ApprovalLevel> levels, TeamId team, UserId approver, PageRequest page, LocalDate today) {
    List<String> conditions = new ArrayList<>();
    Map<String, Object> params = new HashMap<>();
    conditions.add("c.pending_level IN (:levels)");
    params.put("levels", levels.stream().map(Enum::name).toList());
    conditions.add("c.owner_id <> :approver");
    params.put("approver", approver.value());
    add(conditions, params, "c.team = :team", "team", team == null ? null : team.value());
    KeysetCursor after = KeysetPage.after(page, QUEUE_ORDER);
    if (after != null) {
      conditions.add("(c.updated_at, c.id) > (:afterAt, :afterId)");
      params.put("afterAt", after.instantKey());
      params.put("afterId", after.id());
    }
    return page(conditions, params, "c.updated_at, c.id", page, today, QUEUE_ORDER, 17);
  }

  private Page<ContractSummary> page(
      List<String> conditions,
      Map<String, Object> params,
      String orderBy,
      PageRequest page,
      LocalDate today,
      String order,
      int keyColumn) {
    var query =
        em.createNativeQuery(
            SELECT
                + " WHERE "
                + String.join(" AND ", conditions)
                + " ORDER BY "
                + orderBy
                + " LIMIT "
                + KeysetPage.rowsToFetch(page));
    params.forEach(query::setParameter);
    List<Object[]> rows = query.getResultList().stream().map(row -> (Object[]) row).toList();
    return KeysetPage.of(
        rows,
        page,
        row -> summary(row, today),
        row ->
            new KeysetCursor(
                order, NativeValues.instant(row[keyColumn]).toString(), (UUID) row[0]));
  }

  private static void add(
      List<String> conditions,
      Map<String, Object> params,
      String condition,
      String parameter,
      Object value) {
    if (value != null) {
      conditions.add(condition);
      params.put(parameter, value);
    }
  }

  private static ContractSummary summary(Object[] row, LocalDate today) {
    String currency = (String) row[6];
    ContractStatus stored = ContractStatus.valueOf((String) row[7]);
    LocalDate endsOn = NativeValues.localDate(row[11]);
    ContractStatus status = ContractStatus.asOf(stored, endsOn, today);
    return new ContractSummary(
        (UUID) row[0],
        (String) row[1],
        (UUID) row[2],
        (String) row[3],
        (String) row[4],
        MoneyColumns.money((BigDecimal) row[5], currency),
        status,
        row[8] == null ? null : ApprovalLevel.valueOf((String) row[8]),
        NativeValues.localDate(row[9]),
        NativeValues.localDate(row[10]),
        endsOn,
        MoneyColumns.money((BigDecimal) row[12], currency),
        MoneyColumns.money((BigDecimal) row[13], currency),
        (String) row[14],
        (String) row[15],
        NativeValues.instant(row[16]),
        NativeValues.instant(row[17]),
        ((Number) row[18]).longValue());
  }
}
