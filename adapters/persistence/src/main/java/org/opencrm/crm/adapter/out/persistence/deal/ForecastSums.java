package org.opencrm.crm.adapter.out.persistence.deal;

import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.opencrm.crm.adapter.out.persistence.SummaryDeltas;

/**
 * Keeps {@code forecast_month} (the money of open deals per close month and of won deals per month
 * won, per holder, currency and stage) in step with one opportunity's save: its share before is
 * taken out, its share after put in. The forecast adds up these rows instead of every deal.
 */
final class ForecastSums {

  /** What of an opportunity counts in the forecast, and whose it is. */
  record Share(
      String ownerId,
      String team,
      String currency,
      String status,
      UUID stageId,
      BigDecimal amount,
      LocalDate expectedCloseDate,
      Instant closedAt) {

    static Share of(OpportunityEntity entity) {
      return new Share(
          entity.getOwnerId(),
          Objects.requireNonNullElse(entity.getTeam(), ""),
          entity.getCurrency(),
          entity.getStatus(),
          entity.getStageId(),
          entity.getAmount(),
          entity.getExpectedCloseDate(),
          entity.getClosedAt());
    }

    /** The first day of the month the deal counts in, or null when it does not count. */
    LocalDate month(ZoneId zone) {
      if (amount == null) {
        return null;
      }
      if (status.equals("OPEN")) {
        return expectedCloseDate == null ? null : expectedCloseDate.withDayOfMonth(1);
      }
      return status.equals("WON") ? closedAt.atZone(zone).toLocalDate().withDayOfMonth(1) : null;
    }
  }

  private ForecastSums() {}

  static void apply(EntityManager em, Share before, Share after, ZoneId zone) {
    new SummaryDeltas(
            "forecast_month",
            List.of("team", "month", "owner_id", "currency", "status", "stage_id"),
            List.of("amount", "deals"))
        .replace(em, before, after, (deltas, share, sign) -> add(deltas, share, zone, sign));
  }

  private static void add(SummaryDeltas deltas, Share share, ZoneId zone, BigDecimal sign) {
    LocalDate month = share.month(zone);
    if (month != null) {
      List<Object> key =
          List.of(
              share.team(),
              month,
              share.ownerId(),
              share.currency(),
              share.status(),
              share.stageId());
      deltas.add(key, 0, share.amount().multiply(sign));
      deltas.add(key, 1, sign);
    }
  }
}
