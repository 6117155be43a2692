package org.opencrm.crm.domain.contract;

import java.time.LocalDate;
import org.opencrm.crm.domain.shared.Money;

/** One installment as a payment plan states it: due on a day, an amount. */
public record InstallmentTerms(LocalDate dueOn, Money amount) {}
