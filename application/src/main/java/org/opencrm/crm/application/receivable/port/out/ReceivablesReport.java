package org.opencrm.crm.application.receivable.port.out;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.opencrm.crm.application.receivable.AgingGrouping;
import org.opencrm.crm.application.receivable.AgingLine;
import org.opencrm.crm.application.receivable.DueItem;
import org.opencrm.crm.application.receivable.ReceivableTotals;
import org.opencrm.crm.domain.customer.CustomerId;
import org.opencrm.crm.domain.shared.DataScope;

/**
 * Receivables computed set-based over the contracts in force or fulfilled (drafts, pending and
 * terminated contracts owe nothing), inside the scope, as of a day.
 */
public interface ReceivablesReport {

  /** The customer's totals per currency code. */
  Map<String, ReceivableTotals> ofCustomer(CustomerId customer, DataScope scope, LocalDate asOf);

  /** Per holder and currency, then (a null holder) per currency for everyone. */
  List<AgingLine> aging(AgingGrouping grouping, DataScope scope, LocalDate asOf);

  /**
   * Installments not fully paid due on or before {@code until} (overdue ones included) and
   * contracts in force ending from {@code asOf} to {@code until}, earliest first, at most {@code
   * limit}.
   */
  List<DueItem> due(LocalDate asOf, LocalDate until, DataScope scope, int limit);
}
