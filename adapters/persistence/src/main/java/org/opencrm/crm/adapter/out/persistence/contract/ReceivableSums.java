package org.opencrm.crm.adapter.out.persistence.contract;

import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Keeps {@code receivable_due} (what is left to pay, per holder, currency and due day, over the
 * contracts in force or fulfilled) in step with one contract's save: its share before the save is
 * taken out and its share after put in, as deltas in one statement.
 */
final class ReceivableSums {

  /** Who holds a contract's receivable, and whether it counts (in force or fulfilled). */
  record Holder(String ownerId, String team, String currency, boolean counts) {

    static Holder of(ContractEntity entity) {
      return new Holder(
          entity.getOwnerId(),
          Objects.requireNonNullElse(entity.getTeam(), ""),
          entity.getCurrency(),
          entity.getStatus().equals("ACTIVE") || entity.getStatus().equals("COMPLETED"));
    }
  }

  /** What is left of one installment, due on a day. */
  record Left(LocalDate dueOn, BigDecimal outstanding) {}

  private record Key(String ownerId, String team, String currency, LocalDate dueOn) {}

  private ReceivableSums() {}

  static void apply(
      EntityManager em, Holder before, List<Left> leftBefore, Holder after, List<Left> leftAfter) {
    Map<Key, BigDecimal> deltas = new LinkedHashMap<>();
    if (before != null && before.counts()) {
      add(deltas, before, leftBefore, BigDecimal.ONE.negate());
    }
    if (after.counts()) {
      add(deltas, after, leftAfter, BigDecimal.ONE);
    }
    deltas.values().removeIf(delta -> delta.signum() == 0);
    if (deltas.isEmpty()) {
      return;
    }
    List<String> rows = new ArrayList<>();
    for (int i = 0; i < deltas.size(); i++) {
      rows.add("(:owner%1$d, :team%1$d, :currency%1$d, :due%1$d, :delta%1$d)".formatted(i));
    }
    var upsert =
        em.createNativeQuery(
            "INSERT INTO receivable_due (owner_id, team, currency, due_on, outstanding) VALUES "
                + String.join(", ", rows)
                + " ON CONFLICT (owner_id, team, currency, due_on)"
                + " DO UPDATE SET outstanding = receivable_due.outstanding + EXCLUDED.outstanding");
    int i = 0;
    for (Map.Entry<Key, BigDecimal> delta : deltas.entrySet()) {
      Key key = delta.getKey();
      upsert
          .setParameter("owner" + i, key.ownerId())
          .setParameter("team" + i, key.team())
          .setParameter("currency" + i, key.currency())
          .setParameter("due" + i, key.dueOn())
          .setParameter("delta" + i, delta.getValue());
      i++;
    }
    upsert.executeUpdate();
  }

  private static void add(
      Map<Key, BigDecimal> deltas, Holder holder, List<Left> left, BigDecimal sign) {
    for (Left installment : left) {
      if (installment.outstanding().signum() > 0) {
        deltas.merge(
            new Key(holder.ownerId(), holder.team(), holder.currency(), installment.dueOn()),
            installment.outstanding().multiply(sign),
            BigDecimal::add);
      }
    }
  }
}
