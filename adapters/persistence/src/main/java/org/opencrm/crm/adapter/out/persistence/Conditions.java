package org.opencrm.crm.adapter.out.persistence;

import java.util.ArrayList;
import java.util.List;

/** SQL conditions joined with AND, with their positional parameters in the order they appear. */
public final class Conditions {

  private final List<String> parts = new ArrayList<>();
  private final List<Object> params = new ArrayList<>();

  /** Adds {@code condition}, whose markers take {@code values}. */
  public Conditions add(String condition, List<?> values) {
    parts.add(condition);
    params.addAll(values);
    return this;
  }

  /** Adds {@code column = value}, unless the value is null (no filter). */
  public Conditions equal(String column, String value) {
    return value == null ? this : add(column + " = ?", List.of(value));
  }

  /** These conditions and then {@code other}'s, as new conditions. */
  public Conditions and(Conditions other) {
    Conditions both = new Conditions();
    both.parts.addAll(parts);
    both.params.addAll(params);
    both.parts.addAll(other.parts);
    both.params.addAll(other.params);
    return both;
  }

  public boolean isEmpty() {
    return parts.isEmpty();
  }

  /** The conditions joined with AND; {@code TRUE} when there are none. */
  public String sql() {
    return parts.isEmpty() ? "TRUE" : String.join(" AND ", parts);
  }

  public List<Object> params() {
    return List.copyOf(params);
  }
}
