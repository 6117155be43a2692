package org.opencrm.crm.application.lead;

import org.opencrm.crm.domain.shared.InvalidValueException;

/** The orders of the lead lists: newest first (default), or best score first. */
public enum LeadSort {
  NEWEST,
  BEST_SCORE;

  public static final String INVALID = "lead.sort-invalid";

  /** From the API's {@code sort} parameter: {@code -createdAt} (default) or {@code -score}. */
  public static LeadSort parse(String sort) {
    if (sort == null || sort.isBlank() || sort.strip().equals("-createdAt")) {
      return NEWEST;
    }
    if (sort.strip().equals("-score")) {
      return BEST_SCORE;
    }
    throw new InvalidValueException(INVALID, "sort", "sort is -createdAt or -score");
  }
}
