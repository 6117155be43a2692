package org.opencrm.crm.application.receivable;

import java.time.LocalDate;
import java.util.UUID;
import org.opencrm.crm.domain.shared.Money;

/**
 * Something about a contract that falls due, for reminders: an installment due (or overdue) with
 * what is left of it, or a contract ending (renewal).
 */
public record DueItem(
    Kind kind,
    LocalDate dueOn,
    UUID contractId,
    String contractNumber,
    UUID customerId,
    String customerName,
    Integer installment,
    Money outstanding,
    String ownerId,
    String team) {

  public enum Kind {
    INSTALLMENT_DUE,
    INSTALLMENT_OVERDUE,
    CONTRACT_ENDING
  }
}
