package org.opencrm.crm.domain.contract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.opencrm.crm.domain.shared.InvalidValueException;
import org.opencrm.crm.domain.shared.Money;
import org.opencrm.crm.domain.shared.RecordNotFoundException;
import org.opencrm.crm.domain.shared.RuleViolationException;
import org.opencrm.crm.domain.shared.Text;

/**
 * A contract's payment plan (回款计划) and the payments received against it (回款).
 *
 * <p>The installments add up to the contract amount exactly. Payments never exceed what is still
 * due, and are allocated to the installments oldest due first; a reversed payment stops counting
 * and the others are allocated again in the order they arrived. The plan can be replaced only while
 * nothing has been paid against it.
 */
public final class PaymentPlan {

  public static final String SUM_MISMATCH = "payment-plan.sum-mismatch";
  public static final String INVALID = "payment-plan.invalid";
  public static final String PAID_AGAINST = "payment-plan.paid-against";
  public static final String OVERPAYMENT = "payment.over-outstanding";
  public static final String PAYMENT_INVALID = "payment.invalid";
  public static final String ALREADY_REVERSED = "payment.already-reversed";
  public static final int MAX_INSTALLMENTS = 120;

  private final Money contractAmount;
  private List<InstallmentTerms> installments;
  private final List<Payment> payments;

  private PaymentPlan(
      Money contractAmount, List<InstallmentTerms> installments, List<Payment> payments) {
    this.contractAmount = contractAmount;
    this.installments = checked(contractAmount, installments);
    this.payments = new ArrayList<>(payments);
  }

  public static PaymentPlan of(Money contractAmount, List<InstallmentTerms> installments) {
    return new PaymentPlan(contractAmount, installments, List.of());
  }

  public static PaymentPlan restore(
      Money contractAmount, List<InstallmentTerms> installments, List<Payment> payments) {
    return new PaymentPlan(contractAmount, installments, payments);
  }

  /** New installments, while nothing counts as paid. */
  public void replace(List<InstallmentTerms> newInstallments) {
    if (!paid().isZero()) {
      throw new RuleViolationException(
          PAID_AGAINST, "Payments count against this plan: reverse them before changing it");
    }
    installments = checked(contractAmount, newInstallments);
  }

  /** Records money received; never more than is still due. */
  public Payment receive(LocalDate receivedOn, Money amount, String method, String reference) {
    if (receivedOn == null) {
      throw new InvalidValueException(Text.REQUIRED, "receivedOn", "receivedOn is required");
    }
    if (amount == null || amount.isNegative() || amount.isZero()) {
      throw new InvalidValueException(PAYMENT_INVALID, "amount", "A payment is more than zero");
    }
    if (!amount.currency().equals(contractAmount.currency())) {
      throw new InvalidValueException(
          Money.CURRENCY_MISMATCH,
          "amount.currency",
          "The contract is paid in " + contractAmount.currency().getCurrencyCode());
    }
    Money outstanding = outstanding();
    if (amount.compareTo(outstanding) > 0) {
      throw new InvalidValueException(
          OVERPAYMENT, "amount", "Only " + outstanding + " is still due on this contract");
    }
    Payment payment =
        new Payment(
            UUID.randomUUID(),
            receivedOn,
            amount,
            Text.required("method", method, 30),
            Text.optional("reference", reference, 100),
            null);
    payments.add(payment);
    return payment;
  }

  /** A payment stops counting, for a reason; it stays on record. */
  public void reverse(UUID paymentId, String reason) {
    String why = Text.required("reason", reason, 500);
    for (int i = 0; i < payments.size(); i++) {
      Payment payment = payments.get(i);
      if (payment.id().equals(paymentId)) {
        if (payment.reversed()) {
          throw new RuleViolationException(ALREADY_REVERSED, "The payment is reversed already");
        }
        payments.set(
            i,
            new Payment(
                payment.id(),
                payment.receivedOn(),
                payment.amount(),
                payment.method(),
                payment.reference(),
                why));
        return;
      }
    }
    throw new RecordNotFoundException("payment", paymentId);
  }

  /** Each installment as of the day, the counting payments allocated oldest due first. */
  public List<InstallmentState> asOf(LocalDate day) {
    Money unallocated = paid();
    List<InstallmentState> states = new ArrayList<>();
    for (int i = 0; i < installments.size(); i++) {
      InstallmentTerms terms = installments.get(i);
      Money covered = unallocated.compareTo(terms.amount()) >= 0 ? terms.amount() : unallocated;
      unallocated = unallocated.minus(covered);
      Money left = terms.amount().minus(covered);
      states.add(
          new InstallmentState(
              i + 1,
              terms.dueOn(),
              terms.amount(),
              covered,
              left,
              !left.isZero() && day.isAfter(terms.dueOn())));
    }
    return states;
  }

  /** What the counting payments add up to. */
  public Money paid() {
    Money sum = Money.zero(contractAmount.currency());
    for (Payment payment : payments) {
      if (!payment.reversed()) {
        sum = sum.plus(payment.amount());
      }
    }
    return sum;
  }

  public Money outstanding() {
    return contractAmount.minus(paid());
  }

  /** What is overdue as of the day. */
  public Money overdue(LocalDate day) {
    Money sum = Money.zero(contractAmount.currency());
    for (InstallmentState state : asOf(day)) {
      if (state.overdue()) {
        sum = sum.plus(state.outstanding());
      }
    }
    return sum;
  }

  public Optional<Payment> payment(UUID id) {
    return payments.stream().filter(p -> p.id().equals(id)).findFirst();
  }

  private static List<InstallmentTerms> checked(
      Money contractAmount, List<InstallmentTerms> installments) {
    if (installments == null || installments.isEmpty() || installments.size() > MAX_INSTALLMENTS) {
      throw new InvalidValueException(
          INVALID, "installments", "A plan has from 1 to " + MAX_INSTALLMENTS + " installments");
    }
    Money sum = Money.zero(contractAmount.currency());
    LocalDate previous = null;
    for (int i = 0; i < installments.size(); i++) {
      InstallmentTerms terms = installments.get(i);
      String at = "installments[" + i + "]";
      if (terms.dueOn() == null || (previous != null && terms.dueOn().isBefore(previous))) {
        throw new InvalidValueException(
            INVALID, at + ".dueOn", "Installments are due in order, each on a date");
      }
      if (terms.amount() == null || terms.amount().isNegative() || terms.amount().isZero()) {
        throw new InvalidValueException(
            INVALID, at + ".amount", "An installment is more than zero");
      }
      if (!terms.amount().currency().equals(contractAmount.currency())) {
        throw new InvalidValueException(
            Money.CURRENCY_MISMATCH,
            at + ".amount.currency",
            "Installments are in the contract's currency");
      }
      sum = sum.plus(terms.amount());
      previous = terms.dueOn();
    }
    if (sum.compareTo(contractAmount) != 0) {
      throw new InvalidValueException(
          SUM_MISMATCH,
          "installments",
          "The installments add up to " + sum + ", the contract amount is " + contractAmount);
    }
    return List.copyOf(installments);
  }

  public Money contractAmount() {
    return contractAmount;
  }

  public List<InstallmentTerms> installments() {
    return installments;
  }

  /** Every payment, reversed ones included, in the order received. */
  public List<Payment> payments() {
    return List.copyOf(payments);
  }
}
