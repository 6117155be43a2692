package org.opencrm.crm.application.pool.port.out;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;

/** The time zone the business counts its days in (daily claim limits, return dates). */
public record BusinessCalendar(ZoneId zone) {

  public BusinessCalendar {
    Objects.requireNonNull(zone);
  }

  public Instant startOfDay(Instant now) {
    return now.atZone(zone).toLocalDate().atStartOfDay(zone).toInstant();
  }

  public LocalDate dateOf(Instant instant) {
    return instant.atZone(zone).toLocalDate();
  }

  public Instant startOf(LocalDate date) {
    return date.atStartOfDay(zone).toInstant();
  }
}
