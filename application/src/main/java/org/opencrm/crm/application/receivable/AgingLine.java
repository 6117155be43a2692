package org.opencrm.crm.application.receivable;

import org.opencrm.crm.domain.shared.Money;

/**
 * What one rep or team (or, with a null holder, everyone in the report) is owed in one currency, by
 * how long it is overdue (账龄).
 */
public record AgingLine(
    String holder,
    Money notDue,
    Money days1To30,
    Money days31To60,
    Money days61To90,
    Money over90,
    Money total) {}
