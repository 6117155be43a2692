package org.opencrm.crm.application.opportunity;

import java.time.LocalDate;
import org.opencrm.crm.domain.shared.Money;

/**
 * One period's forecast in one currency, for one rep (or, with a null owner, everyone in the
 * forecast). Open deals count in the period of their expected close date, won deals in the period
 * they were won in (the business's time zone):
 *
 * <ul>
 *   <li>{@code pipeline}: the open deals' amounts;
 *   <li>{@code weighted}: Σ amount × stage probability, rounded once, half up, to the currency;
 *   <li>{@code commit}: closed won plus the open deals in commit stages;
 *   <li>{@code bestCase}: closed won plus every open deal;
 *   <li>{@code closedWon}: the deals won.
 * </ul>
 */
public record ForecastLine(
    LocalDate periodStart,
    String ownerId,
    Money pipeline,
    Money weighted,
    Money commit,
    Money bestCase,
    Money closedWon,
    long openDeals,
    long wonDeals) {}
