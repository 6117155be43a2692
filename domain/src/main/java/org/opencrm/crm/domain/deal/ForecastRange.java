package org.opencrm.crm.domain.deal;

import java.time.LocalDate;

/** Whole forecast periods, from the first day of the first to the last day of the last. */
public record ForecastRange(ForecastPeriod period, LocalDate from, LocalDate to) {}
