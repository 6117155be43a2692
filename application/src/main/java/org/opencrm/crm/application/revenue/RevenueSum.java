package org.opencrm.crm.application.revenue;

import java.time.LocalDate;
import org.opencrm.crm.domain.shared.Money;

/** What was contracted and collected in one period and currency. */
public record RevenueSum(LocalDate periodStart, Money contracted, Money collected) {}
