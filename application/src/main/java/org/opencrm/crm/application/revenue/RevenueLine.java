package org.opencrm.crm.application.revenue;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.opencrm.crm.domain.shared.Money;

/**
 * One period's revenue in one currency, with its change against the period before and the same
 * period a year before, in percent (null when there was nothing to compare with).
 */
public record RevenueLine(
    LocalDate periodStart,
    Money contracted,
    Money collected,
    BigDecimal contractedChange,
    BigDecimal collectedChange,
    BigDecimal contractedYearOnYear,
    BigDecimal collectedYearOnYear) {}
