package org.opencrm.crm.application.pool;

import java.time.LocalDate;
import java.util.List;

/**
 * How many held leads a proposed pool policy would return: {@code now} (overdue already) and on
 * each of the next days, per owner.
 */
public record PoolSimulation(int returnedNow, List<Day> days, List<OwnerCount> owners) {

  public PoolSimulation {
    days = List.copyOf(days);
    owners = List.copyOf(owners);
  }

  /** Leads returned on one day (in the business calendar's zone). */
  public record Day(LocalDate date, int returned) {}

  /** One owner's leads returned now and on each of the days, in the order of {@code days}. */
  public record OwnerCount(String ownerId, int returnedNow, List<Integer> perDay) {
    public OwnerCount {
      perDay = List.copyOf(perDay);
    }
  }
}
