package org.opencrm.crm.domain.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.opencrm.crm.domain.shared.InvalidValueException;
import org.opencrm.crm.domain.shared.Money;
import org.opencrm.crm.domain.shared.RecordNotFoundException;
import org.opencrm.crm.domain.shared.RuleViolationException;

class PaymentPlanTest {

  static final LocalDate JAN = LocalDate.parse("2027-01-31");
  static final LocalDate FEB = LocalDate.parse("2027-02-28");
  static final LocalDate MAR = LocalDate.parse("2027-03-31");

  static Money cny(String amount) {
    return Money.of(amount, "CNY");
  }

  /** 100 000.00 in three installments: 30 000, 30 000, 40 000. */
  static PaymentPlan plan() {
    return PaymentPlan.of(
        cny("100000.00"),
        List.of(
            new InstallmentTerms(JAN, cny("30000")),
            new InstallmentTerms(FEB, cny("30000")),
            new InstallmentTerms(MAR, cny("40000"))));
  }

  @Nested
  class Plans {
    @Test
    void installments_addUpToTheContractAmount_toTheCent() {
      assertThatThrownBy(
              () ->
                  PaymentPlan.of(
                      cny("100000.00"),
                      List.of(
                          new InstallmentTerms(JAN, cny("33333.33")),
                          new InstallmentTerms(FEB, cny("33333.33")),
                          new InstallmentTerms(MAR, cny("33333.33")))))
          .isInstanceOf(InvalidValueException.class)
          .hasFieldOrPropertyWithValue("code", PaymentPlan.SUM_MISMATCH)
          .hasMessageContaining("99999.99 CNY")
          .hasMessageContaining("100000.00 CNY");
      assertThat(
              PaymentPlan.of(
                      cny("100000.00"),
                      List.of(
                          new InstallmentTerms(JAN, cny("33333.33")),
                          new InstallmentTerms(FEB, cny("33333.33")),
                          new InstallmentTerms(MAR, cny("33333.34"))))
                  .outstanding())
          .isEqualTo(cny("100000.00"));
    }

    @Test
    void installments_areDueInOrder_positive_inTheContractsCurrency() {
      assertThatThrownBy(
              () ->
                  PaymentPlan.of(
                      cny("10"),
                      List.of(
                          new InstallmentTerms(FEB, cny("5")),
                          new InstallmentTerms(JAN, cny("5")))))
          .hasFieldOrPropertyWithValue("field", "installments[1].dueOn");
      assertThatThrownBy(
              () ->
                  PaymentPlan.of(
                      cny("10"),
                      List.of(
                          new InstallmentTerms(JAN, cny("10")),
                          new InstallmentTerms(FEB, cny("0")))))
          .hasFieldOrPropertyWithValue("field", "installments[1].amount");
      assertThatThrownBy(
              () ->
                  PaymentPlan.of(
                      cny("10"), List.of(new InstallmentTerms(JAN, Money.of("10", "USD")))))
          .hasFieldOrPropertyWithValue("code", Money.CURRENCY_MISMATCH);
      assertThatThrownBy(() -> PaymentPlan.of(cny("10"), List.of()))
          .hasFieldOrPropertyWithValue("code", PaymentPlan.INVALID);
    }

    @Test
    void aPlan_changesOnlyWhileNothingCountsAsPaid() {
      PaymentPlan plan = plan();
      plan.replace(List.of(new InstallmentTerms(MAR, cny("100000"))));
      Payment payment = plan.receive(JAN, cny("1.00"), "BANK_TRANSFER", null);
      assertThatThrownBy(() -> plan.replace(List.of(new InstallmentTerms(JAN, cny("100000")))))
          .isInstanceOf(RuleViolationException.class)
          .hasFieldOrPropertyWithValue("code", PaymentPlan.PAID_AGAINST);
      plan.reverse(payment.id(), "Entered twice");
      plan.replace(List.of(new InstallmentTerms(JAN, cny("100000"))));
      assertThat(plan.installments()).hasSize(1);
    }
  }

  @Nested
  class Payments {
    @Test
    void aPayment_isAllocatedOldestDueFirst() {
      PaymentPlan plan = plan();
      plan.receive(JAN, cny("45000.50"), "BANK_TRANSFER", "TT-001");

      assertThat(plan.asOf(FEB))
          .extracting(
              InstallmentState::number,
              s -> s.paid().amountText(),
              s -> s.outstanding().amountText(),
              InstallmentState::overdue)
          .containsExactly(
              tuple(1, "30000.00", "0.00", false),
              tuple(2, "15000.50", "14999.50", false),
              tuple(3, "0.00", "40000.00", false));
      assertThat(plan.outstanding()).isEqualTo(cny("54999.50"));
    }

    @Test
    void aPayment_neverExceedsWhatIsStillDue() {
      PaymentPlan plan = plan();
      plan.receive(JAN, cny("99999.99"), "BANK_TRANSFER", null);
      assertThatThrownBy(() -> plan.receive(FEB, cny("0.02"), "CASH", null))
          .isInstanceOf(InvalidValueException.class)
          .hasFieldOrPropertyWithValue("code", PaymentPlan.OVERPAYMENT)
          .hasMessageContaining("0.01 CNY");
      plan.receive(FEB, cny("0.01"), "CASH", null);
      assertThat(plan.outstanding().isZero()).isTrue();
    }

    @Test
    void aPayment_isPositive_inTheContractsCurrency_withAMethod() {
      PaymentPlan plan = plan();
      assertThatThrownBy(() -> plan.receive(JAN, cny("0"), "CASH", null))
          .hasFieldOrPropertyWithValue("code", PaymentPlan.PAYMENT_INVALID);
      assertThatThrownBy(() -> plan.receive(JAN, Money.of("5", "USD"), "CASH", null))
          .hasFieldOrPropertyWithValue("field", "amount.currency");
      assertThatThrownBy(() -> plan.receive(JAN, cny("5"), " ", null))
          .hasFieldOrPropertyWithValue("field", "method");
    }

    @Test
    void aReversedPayment_staysOnRecord_andTheOthersAreAllocatedAgain() {
      PaymentPlan plan = plan();
      Payment first = plan.receive(JAN, cny("30000"), "BANK_TRANSFER", null);
      plan.receive(FEB, cny("10000"), "BANK_TRANSFER", null);

      plan.reverse(first.id(), "Bounced");

      assertThat(plan.payments()).hasSize(2);
      assertThat(plan.payment(first.id()).orElseThrow().reversed()).isTrue();
      assertThat(plan.asOf(FEB.plusDays(1)))
          .extracting(s -> s.outstanding().amountText(), InstallmentState::overdue)
          .containsExactly(
              tuple("20000.00", true), tuple("30000.00", true), tuple("40000.00", false));
      assertThat(plan.overdue(FEB.plusDays(1))).isEqualTo(cny("50000"));
      assertThatThrownBy(() -> plan.reverse(first.id(), "again"))
          .hasFieldOrPropertyWithValue("code", PaymentPlan.ALREADY_REVERSED);
      assertThatThrownBy(() -> plan.reverse(UUID.randomUUID(), "no such"))
          .isInstanceOf(RecordNotFoundException.class);
      assertThatThrownBy(() -> plan.reverse(first.id(), " "))
          .hasFieldOrPropertyWithValue("field", "reason");
    }
  }

  @Test
  void overdueDays_fallIntoTheAgingBuckets() {
    PaymentPlan plan = plan();
    InstallmentState january = plan.asOf(MAR.plusDays(1)).get(0);
    assertThat(january.daysOverdue(MAR.plusDays(1))).isEqualTo(60);
    assertThat(AgingBucket.of(january.daysOverdue(MAR.plusDays(1))))
        .isEqualTo(AgingBucket.DAYS_31_60);
    assertThat(AgingBucket.of(0)).isEqualTo(AgingBucket.NOT_DUE);
    assertThat(AgingBucket.of(1)).isEqualTo(AgingBucket.DAYS_1_30);
    assertThat(AgingBucket.of(30)).isEqualTo(AgingBucket.DAYS_1_30);
    assertThat(AgingBucket.of(31)).isEqualTo(AgingBucket.DAYS_31_60);
    assertThat(AgingBucket.of(90)).isEqualTo(AgingBucket.DAYS_61_90);
    assertThat(AgingBucket.of(91)).isEqualTo(AgingBucket.OVER_90);
    assertThat(plan.asOf(JAN).get(0).overdue()).as("due today is not overdue").isFalse();
  }
}
