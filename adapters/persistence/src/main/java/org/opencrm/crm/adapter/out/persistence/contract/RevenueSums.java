package org.opencrm.crm.adapter.out.persistence.contract;

import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import org.opencrm.crm.adapter.out.persistence.SummaryDeltas;

/**
 * Keeps {@code revenue_day} in step with one contract's save: its share before the save (contracted
 * on its day while it counts, each payment that counts on its day) is taken out and its share after
 * put in.
 */
final class RevenueSums {

  /** A payment as it counts for revenue: received on a day, reversed or not. */
  record Collected(LocalDate receivedOn, BigDecimal amount, boolean reversed) {}

  /** What of a contract counts as revenue, and whose it is. */
  record Share(
      String ownerId,
      String team,
      String currency,
      String status,
      LocalDate signedOn,
      Instant activatedAt,
      BigDecimal amount,
      List<Collected> payments) {

    static Share of(ContractEntity entity, List<Collected> payments) {
      return new Share(
          entity.getOwnerId(),
          Objects.requireNonNullElse(entity.getTeam(), ""),
          entity.getCurrency(),
          entity.getStatus(),
          entity.getSignedOn(),
          entity.getActivatedAt(),
          entity.getAmount(),
          payments);
    }

    /** Contracted revenue: a contract that came into force (terminated ones included). */
    boolean contracted() {
      return status.equals("ACTIVE") || status.equals("COMPLETED") || status.equals("TERMINATED");
    }
  }

  private RevenueSums() {}

  static void apply(EntityManager em, Share before, Share after, ZoneId zone) {
    new SummaryDeltas(
            "revenue_day",
            List.of("owner_id", "team", "currency", "day"),
            List.of("contracted", "collected"))
        .replace(em, before, after, (deltas, share, sign) -> add(deltas, share, zone, sign));
  }

  private static void add(SummaryDeltas deltas, Share share, ZoneId zone, BigDecimal sign) {
    if (share.contracted()) {
      LocalDate day =
          share.signedOn() != null
              ? share.signedOn()
              : share.activatedAt().atZone(zone).toLocalDate();
      deltas.add(key(share, day), 0, share.amount().multiply(sign));
    }
    for (Collected payment : share.payments()) {
      if (!payment.reversed()) {
        deltas.add(key(share, payment.receivedOn()), 1, payment.amount().multiply(sign));
      }
    }
  }

  private static List<Object> key(Share share, LocalDate day) {
    return List.of(share.ownerId(), share.team(), share.currency(), day);
  }
}
