package org.opencrm.crm.application.receivable.port.in;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.opencrm.crm.application.receivable.AgingGrouping;
import org.opencrm.crm.application.receivable.AgingLine;
import org.opencrm.crm.application.receivable.DueItem;
import org.opencrm.crm.application.receivable.ReceivableTotals;
import org.opencrm.crm.domain.shared.Actor;

/** Receivables (应收) as of the business's day, inside the caller's scope. */
public interface ReceivableQueries {

  /** A customer's receivable per currency code (404 for a customer the caller does not see). */
  Map<String, ReceivableTotals> ofCustomer(Actor actor, UUID customerId);

  /** The company's aging report (账龄) by owner or team, one line per currency. */
  List<AgingLine> aging(Actor actor, AgingGrouping grouping);

  /** What falls due within the days: installments (overdue ones first) and contract endings. */
  List<DueItem> due(Actor actor, int withinDays);
}
