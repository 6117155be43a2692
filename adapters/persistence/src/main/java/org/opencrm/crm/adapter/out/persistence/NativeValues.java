package org.opencrm.crm.adapter.out.persistence;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;

/** Values of native-query result columns, whichever Java type the driver hands them over as. */
public final class NativeValues {

  private NativeValues() {}

  /** A {@code timestamptz} column as an instant; null stays null. */
  public static Instant instant(Object value) {
    if (value == null || value instanceof Instant) {
      return (Instant) value;
    }
    if (value instanceof OffsetDateTime offset) {
      return offset.toInstant();
    }
    return ((Timestamp) value).toInstant();
  }
}
