package org.opencrm.crm.application.receivable.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.opencrm.crm.application.customer.service.CustomerLoader;
import org.opencrm.crm.application.pool.port.out.BusinessCalendar;
import org.opencrm.crm.application.receivable.AgingGrouping;
import org.opencrm.crm.application.receivable.AgingLine;
import org.opencrm.crm.application.receivable.DueItem;
import org.opencrm.crm.application.receivable.ReceivableTotals;
import org.opencrm.crm.application.receivable.port.in.ReceivableQueries;
import org.opencrm.crm.application.receivable.port.out.ReceivablesReport;
import org.opencrm.crm.domain.contract.ContractPermissions;
import org.opencrm.crm.domain.customer.CustomerId;
import org.opencrm.crm.domain.shared.Actor;
import org.opencrm.crm.domain.shared.InvalidValueException;

@ApplicationScoped
@Transactional
public class ReceivableQueryService implements ReceivableQueries {

  public static final String WITHIN_INVALID = "receivables.within-invalid";
  public static final int MAX_WITHIN_DAYS = 366;
  private static final int MAX_DUE_ITEMS = 1000;

  private final ReceivablesReport report;
  private final CustomerLoader customers;
  private final BusinessCalendar calendar;
  private final Clock clock;

  public ReceivableQueryService(
      ReceivablesReport report, CustomerLoader customers, BusinessCalendar calendar, Clock clock) {
    this.report = report;
    this.customers = customers;
    this.calendar = calendar;
    this.clock = clock;
  }

  @Override
  public Map<String, ReceivableTotals> ofCustomer(Actor actor, UUID customerId) {
    ContractPermissions.checkRead(actor);
    customers.view(actor, customerId);
    return report.ofCustomer(new CustomerId(customerId), actor.scope(), today());
  }

  @Override
  public List<AgingLine> aging(Actor actor, AgingGrouping grouping) {
    ContractPermissions.checkRead(actor);
    return report.aging(grouping, actor.scope(), today());
  }

  @Override
  public List<DueItem> due(Actor actor, int withinDays) {
    ContractPermissions.checkRead(actor);
    if (withinDays < 0 || withinDays > MAX_WITHIN_DAYS) {
      throw new InvalidValueException(
          WITHIN_INVALID, "within", "within is 0 to " + MAX_WITHIN_DAYS + " days");
    }
    LocalDate today = today();
    return report.due(today, today.plusDays(withinDays), actor.scope(), MAX_DUE_ITEMS);
  }

  private LocalDate today() {
    return calendar.dateOf(clock.instant());
  }
}
