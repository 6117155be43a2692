package org.opencrm.crm.domain.contract;

import java.util.regex.Pattern;
import org.opencrm.crm.domain.shared.DuplicateDetectedException;
import org.opencrm.crm.domain.shared.InvalidValueException;

/** A contract's number (合同编号): unique, as written or drawn from the admins' pattern. */
public record ContractNumber(String value) {

  public static final String INVALID = "contract.number-invalid";
  public static final String TAKEN = "contract.number-taken";
  private static final Pattern SHAPE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_/.-]{0,59}");

  public ContractNumber {
    value = value == null ? null : value.strip();
    if (value == null || !SHAPE.matcher(value).matches()) {
      throw new InvalidValueException(
          INVALID, "number", "A contract number has 1 to 60 letters, digits, '-', '_', '/', '.'");
    }
  }

  public static DuplicateDetectedException taken() {
    return new DuplicateDetectedException(TAKEN, "Another contract has this number");
  }
}
