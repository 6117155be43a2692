package org.opencrm.crm.adapter.out.persistence.contract;

import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Keeps {@code revenue_day} in step with one contract's save: its share before the save (contracted
 * on its day while it counts, each payment that counts on its day) is taken out and its share after
 * put in, as deltas in one statement.
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

  private record Key(String ownerId, String team, String currency, LocalDate day) {}

  private RevenueSums() {}

  static void apply(EntityManager em, Share before, Share after, ZoneId zone) {
    Map<Key, BigDecimal[]> deltas = new LinkedHashMap<>();
    if (before != null) {
      add(deltas, before, zone, BigDecimal.ONE.negate());
    }
    add(deltas, after, zone, BigDecimal.ONE);
    deltas.values().removeIf(d -> d[0].signum() == 0 && d[1].signum() == 0);
    if (deltas.isEmpty()) {
      return;
    }
    List<String> rows = new ArrayList<>();
    for (int i = 0; i < deltas.size(); i++) {
      rows.add(
          "(:owner%1$d, :team%1$d, :currency%1$d, :day%1$d, :contracted%1$d, :collected%1$d)"
              .formatted(i));
    }
    var upsert =
        em.createNativeQuery(
            "INSERT INTO revenue_day (owner_id, team, currency, day, contracted, collected) VALUES "
                + String.join(", ", rows)
                + " ON CONFLICT (owner_id, team, currency, day) DO UPDATE"
                + " SET contracted = revenue_day.contracted + EXCLUDED.contracted,"
                + " collected = revenue_day.collected + EXCLUDED.collected");
    int i = 0;
    for (Map.Entry<Key, BigDecimal[]> delta : deltas.entrySet()) {
      Key key = delta.getKey();
      upsert
          .setParameter("owner" + i, key.ownerId())
          .setParameter("team" + i, key.team())
          .setParameter("currency" + i, key.currency())
          .setParameter("day" + i, key.day())
          .setParameter("contracted" + i, delta.getValue()[0])
          .setParameter("collected" + i, delta.getValue()[1]);
      i++;
    }
    upsert.executeUpdate();
  }

  private static void add(
      Map<Key, BigDecimal[]> deltas, Share share, ZoneId zone, BigDecimal sign) {
    if (share.contracted()) {
      LocalDate day =
          share.signedOn() != null
              ? share.signedOn()
              : share.activatedAt().atZone(zone).toLocalDate();
      entry(deltas, share, day)[0] =
          entry(deltas, share, day)[0].add(share.amount().multiply(sign));
    }
    for (Collected payment : share.payments()) {
      if (!payment.reversed()) {
        BigDecimal[] sums = entry(deltas, share, payment.receivedOn());
        sums[1] = sums[1].add(payment.amount().multiply(sign));
      }
    }
  }

  private static BigDecimal[] entry(Map<Key, BigDecimal[]> deltas, Share share, LocalDate day) {
    return deltas.computeIfAbsent(
        new Key(share.ownerId(), share.team(), share.currency(), day),
        key -> new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO});
  }
}
