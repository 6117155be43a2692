package org.opencrm.crm.domain.contract;

import java.util.List;
import org.opencrm.crm.domain.shared.DuplicateDetectedException;

/**
 * The customer already has a contract of the same amount signed the same day (撞单): likely the same
 * deal entered twice. Carries the candidates, disclosed; a manager may let it in with a reason.
 */
public class DuplicateContractsException extends DuplicateDetectedException {

  public static final String CODE = "contract.duplicate";

  private final List<DisclosedContract> candidates;

  public DuplicateContractsException(List<DisclosedContract> candidates) {
    super(
        CODE,
        "The customer has "
            + candidates.size()
            + " contract(s) of this amount signed that day; a manager or an admin may let it in"
            + " with allowDuplicate and a reason");
    this.candidates = List.copyOf(candidates);
  }

  public List<DisclosedContract> candidates() {
    return candidates;
  }
}
