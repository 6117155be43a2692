package org.opencrm.crm.domain.duplicate;

import java.util.List;
import org.opencrm.crm.domain.shared.DuplicateDetectedException;

/**
 * The party being entered already exists (exact phone, e-mail or credit code match): entering it
 * again would make two reps chase one customer (撞单). Carries the candidates, already disclosed.
 */
public class DuplicatesFoundException extends DuplicateDetectedException {

  public static final String CODE = "duplicate.exact-match";

  private final List<DisclosedDuplicate> duplicates;

  public DuplicatesFoundException(List<DisclosedDuplicate> duplicates) {
    super(
        CODE,
        "The same party already exists ("
            + duplicates.size()
            + " exact match"
            + (duplicates.size() == 1 ? "" : "es")
            + "); a manager or an admin may let it in with allowDuplicate and a reason");
    this.duplicates = List.copyOf(duplicates);
  }

  public List<DisclosedDuplicate> duplicates() {
    return duplicates;
  }
}
