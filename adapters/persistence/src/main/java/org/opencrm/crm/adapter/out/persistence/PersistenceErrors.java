package org.opencrm.crm.adapter.out.persistence;

import java.util.Optional;
import org.hibernate.exception.ConstraintViolationException;

/** Finds what a failed flush means, so adapters can turn it into a port exception. */
public final class PersistenceErrors {

  private PersistenceErrors() {}

  /** The name of the violated unique/exclusion constraint, if that is what failed. */
  public static Optional<String> violatedConstraint(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t instanceof ConstraintViolationException violation) {
        return Optional.ofNullable(violation.getConstraintName());
      }
    }
    return Optional.empty();
  }
}
