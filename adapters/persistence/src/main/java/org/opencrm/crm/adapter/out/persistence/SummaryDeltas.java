package org.opencrm.crm.adapter.out.persistence;

import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Changes to a summary table kept at write time (sums per holder and day, month, ...): deltas are
 * collected per key, and {@link #apply} adds them to the rows in one statement, creating the rows
 * it needs. Rows are written in key order, so two writers touching the same rows lock them in the
 * same order and never deadlock.
 */
public final class SummaryDeltas {

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static final Comparator<List<Object>> KEY_ORDER =
      (left, right) -> {
        for (int i = 0; i < left.size(); i++) {
          int order = ((Comparable) left.get(i)).compareTo(right.get(i));
          if (order != 0) {
            return order;
          }
        }
        return 0;
      };

  private final String table;
  private final List<String> keyColumns;
  private final List<String> sumColumns;
  private final Map<List<Object>, BigDecimal[]> deltas = new TreeMap<>(KEY_ORDER);

  /** Deltas for {@code table}, whose primary key is {@code keyColumns}. */
  public SummaryDeltas(String table, List<String> keyColumns, List<String> sumColumns) {
    this.table = table;
    this.keyColumns = keyColumns;
    this.sumColumns = sumColumns;
  }

  /**
   * Adds {@code delta} to the sum column at {@code sumIndex} of the row of {@code key} (its values
   * in the order of the key columns, none null).
   */
  public void add(List<Object> key, int sumIndex, BigDecimal delta) {
    BigDecimal[] sums =
        deltas.computeIfAbsent(
            List.copyOf(key),
            ignored -> {
              BigDecimal[] zeros = new BigDecimal[sumColumns.size()];
              Arrays.fill(zeros, BigDecimal.ZERO);
              return zeros;
            });
    sums[sumIndex] = sums[sumIndex].add(delta);
  }

  /** How one record adds to a summary: its share, counted {@code sign} times (1 or -1). */
  @FunctionalInterface
  public interface Share<S> {
    void addTo(SummaryDeltas deltas, S share, BigDecimal sign);
  }

  /**
   * Takes out what a record added before its save (none for a new record) and puts in what it adds
   * after, then writes the difference.
   */
  public <S> void replace(EntityManager em, S before, S after, Share<S> share) {
    if (before != null) {
      share.addTo(this, before, BigDecimal.ONE.negate());
    }
    share.addTo(this, after, BigDecimal.ONE);
    apply(em);
  }

  /** Writes the deltas that change something; nothing at all when none does. */
  public void apply(EntityManager em) {
    deltas.values().removeIf(sums -> Arrays.stream(sums).allMatch(sum -> sum.signum() == 0));
    if (deltas.isEmpty()) {
      return;
    }
    int width = keyColumns.size() + sumColumns.size();
    List<String> rows = new ArrayList<>();
    for (int row = 0; row < deltas.size(); row++) {
      List<String> values = new ArrayList<>();
      for (int column = 0; column < width; column++) {
        values.add(":v" + row + "_" + column);
      }
      rows.add("(" + String.join(", ", values) + ")");
    }
    List<String> additions =
        sumColumns.stream()
            .map(column -> column + " = " + table + "." + column + " + EXCLUDED." + column)
            .toList();
    var upsert =
        em.createNativeQuery(
            "INSERT INTO "
                + table
                + " ("
                + String.join(", ", keyColumns)
                + ", "
                + String.join(", ", sumColumns)
                + ") VALUES "
                + String.join(", ", rows)
                + " ON CONFLICT ("
                + String.join(", ", keyColumns)
                + ") DO UPDATE SET "
                + String.join(", ", additions));
    int row = 0;
    for (Map.Entry<List<Object>, BigDecimal[]> delta : deltas.entrySet()) {
      int column = 0;
      for (Object value : delta.getKey()) {
        upsert.setParameter("v" + row + "_" + column++, value);
      }
      for (BigDecimal sum : delta.getValue()) {
        upsert.setParameter("v" + row + "_" + column++, sum);
      }
      row++;
    }
    upsert.executeUpdate();
  }
}
