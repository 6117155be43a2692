package org.opencrm.crm.adapter.out.persistence;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
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

  /** A {@code date} column as a local date; null stays null. */
  public static LocalDate localDate(Object value) {
    if (value == null || value instanceof LocalDate) {
      return (LocalDate) value;
    }
    return ((Date) value).toLocalDate();
  }
}
