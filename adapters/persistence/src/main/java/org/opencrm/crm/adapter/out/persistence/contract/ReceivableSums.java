package org.opencrm.crm.adapter.out.persistence.contract;

import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.opencrm.crm.adapter.out.persistence.SummaryDeltas;

/**
 * Keeps {@code receivable_due} (what is left to pay, per holder, currency and due day, over the
 * contracts in force or fulfilled) in step with one contract's save: its share before the save is
 * taken out and its share after put in.
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

  private ReceivableSums() {}

  /** A contract's receivable: whose it is, and what is left of each installment. */
  private record Owed(Holder holder, List<Left> left) {}

  static void apply(
      EntityManager em, Holder before, List<Left> leftBefore, Holder after, List<Left> leftAfter) {
    new SummaryDeltas(
            "receivable_due",
            List.of("owner_id", "team", "currency", "due_on"),
            List.of("outstanding"))
        .replace(
            em,
            before == null ? null : new Owed(before, leftBefore),
            new Owed(after, leftAfter),
            ReceivableSums::add);
  }

  private static void add(SummaryDeltas deltas, Owed owed, BigDecimal sign) {
    Holder holder = owed.holder();
    if (!holder.counts()) {
      return;
    }
    for (Left installment : owed.left()) {
      if (installment.outstanding().signum() > 0) {
        deltas.add(
            List.of(holder.ownerId(), holder.team(), holder.currency(), installment.dueOn()),
            0,
            installment.outstanding().multiply(sign));
      }
    }
  }
}
