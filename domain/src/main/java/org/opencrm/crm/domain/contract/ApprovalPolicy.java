package org.opencrm.crm.domain.contract;

import java.util.ArrayList;
import java.util.List;
import org.opencrm.crm.domain.shared.InvalidValueException;
import org.opencrm.crm.domain.shared.Money;
import org.opencrm.crm.domain.shared.Percent;

/**
 * When a contract needs approval (审批规则), as admins set it: above one amount a manager of the
 * owner's team approves, above a higher one an admin too; a discount above a share needs a manager
 * whatever the amount. Each rule is optional (null: no such rule). Thresholds are in the contract's
 * currency; a contract in another currency needs both approvals, as no rate is assumed.
 */
public record ApprovalPolicy(
    Money managerAbove, Money adminAbove, Percent managerForDiscountAbove) {

  public static final String INVALID = "approval-policy.invalid";

  public ApprovalPolicy {
    if (managerAbove != null && adminAbove != null) {
      if (!managerAbove.currency().equals(adminAbove.currency())) {
        throw new InvalidValueException(
            Money.CURRENCY_MISMATCH, "adminAbove.currency", "Both thresholds are in one currency");
      }
      if (adminAbove.compareTo(managerAbove) < 0) {
        throw new InvalidValueException(
            INVALID, "adminAbove", "The admin's threshold is not below the manager's");
      }
    }
  }

  /** The levels, in order, that must approve a contract of this amount and largest discount. */
  public List<ApprovalLevel> levelsFor(Money amount, Percent largestDiscount) {
    List<ApprovalLevel> levels = new ArrayList<>();
    boolean manager =
        exceeds(amount, managerAbove)
            || (managerForDiscountAbove != null
                && largestDiscount != null
                && largestDiscount.exceeds(managerForDiscountAbove));
    boolean admin = exceeds(amount, adminAbove);
    if (manager || admin) {
      levels.add(ApprovalLevel.TEAM_MANAGER);
    }
    if (admin) {
      levels.add(ApprovalLevel.ADMIN);
    }
    return levels;
  }

  private static boolean exceeds(Money amount, Money threshold) {
    if (threshold == null) {
      return false;
    }
    if (!amount.currency().equals(threshold.currency())) {
      return true;
    }
    return amount.compareTo(threshold) > 0;
  }
}
