package org.opencrm.crm.domain.contract;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.opencrm.crm.domain.shared.Money;

/** An installment as of a day: what was paid against it, what is left, whether it is overdue. */
public record InstallmentState(
    int number, LocalDate dueOn, Money amount, Money paid, Money outstanding, boolean overdue) {

  /** Days past its due date as of the day (0 when not overdue). */
  public long daysOverdue(LocalDate asOf) {
    return overdue ? ChronoUnit.DAYS.between(dueOn, asOf) : 0;
  }
}
