package org.opencrm.crm.domain.deal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.opencrm.crm.domain.shared.InvalidValueException;
import org.opencrm.crm.domain.shared.Money;
import org.opencrm.crm.domain.shared.Percent;

class LineItemTest {

  static final ProductSnapshot LICENCE =
      new ProductSnapshot(new ProductId(UUID.randomUUID()), "LIC-STD", "标准版许可", "seat");

  static LineItem line(String quantity, String unitPrice, String discount) {
    return new LineItem(
        LICENCE,
        Quantity.of(quantity),
        Money.of(unitPrice, "CNY"),
        discount == null ? null : Percent.of(discount));
  }

  @Nested
  class Totals {
    @Test
    void withoutDiscount_quantityTimesUnitPrice() {
      assertThat(line("3", "1999.00", null).total()).isEqualTo(Money.of("5997.00", "CNY"));
    }

    @Test
    void theDiscount_comesOffBeforeRounding_halfUpToTheCent() {
      // 3 × 33.33 × 0.85 = 84.9915 → 84.99
      assertThat(line("3", "33.33", "15").total().amountText()).isEqualTo("84.99");
      // 1 × 0.05 × 0.5 = 0.025 → 0.03 (half up)
      assertThat(line("1", "0.05", "50").total().amountText()).isEqualTo("0.03");
      // 2.5 × 10.01 × 0.9 = 22.5225 → 22.52
      assertThat(line("2.5", "10.01", "10").total().amountText()).isEqualTo("22.52");
    }

    @Test
    void aFullDiscount_costsNothing() {
      assertThat(line("7", "100.00", "100").total().isZero()).isTrue();
    }

    @Test
    void theDiscountAmount_isTheUndiscountedLineLessTheTotal() {
      LineItem line = line("3", "33.33", "15");
      assertThat(line.discountAmount().amountText()).isEqualTo("15.00");
      assertThat(line.total().plus(line.discountAmount()).amountText()).isEqualTo("99.99");
    }

    @Test
    void aCurrencyWithoutCents_roundsToWholeUnits() {
      LineItem yen =
          new LineItem(LICENCE, Quantity.of("3"), Money.of("999", "JPY"), Percent.of("12.5"));
      // 3 × 999 × 0.875 = 2622.375 → 2622
      assertThat(yen.total().amountText()).isEqualTo("2622");
    }
  }

  @Nested
  class Inputs {
    @Test
    void aNegativeUnitPrice_isRefused() {
      assertThatThrownBy(() -> line("1", "-1.00", null))
          .isInstanceOf(InvalidValueException.class)
          .hasFieldOrPropertyWithValue("code", LineItem.NEGATIVE_PRICE);
    }

    @Test
    void aQuantity_isPositive_withAtMostFourDecimals() {
      assertThat(Quantity.of("0.0001").value()).isEqualByComparingTo("0.0001");
      assertThat(Quantity.of("2.50").toString()).isEqualTo("2.5");
      assertThat(Quantity.of("100").toString()).isEqualTo("100");
      for (String bad : new String[] {"0", "0.00001", "-1", "1000000001", "1e2", ""}) {
        assertThatThrownBy(() -> Quantity.of(bad))
            .as(bad)
            .hasFieldOrPropertyWithValue("code", Quantity.INVALID);
      }
    }
  }

  @Nested
  class DealValues {
    @Test
    void aDealOfLines_isWorthTheSumOfItsRoundedLines() {
      DealValue value =
          DealValue.ofLines(
              List.of(line("3", "33.33", "15"), line("1", "0.05", "50"), line("2", "0.10", null)));
      // 84.99 + 0.03 + 0.20, each line rounded on its own
      assertThat(value.total().amountText()).isEqualTo("85.22");
      assertThat(value.hasLines()).isTrue();
    }

    @Test
    void linesInTwoCurrencies_areRefused_namingTheLine() {
      LineItem dollars =
          new LineItem(LICENCE, Quantity.of("1"), Money.of("10.00", "USD"), Percent.ZERO);
      assertThatThrownBy(() -> DealValue.ofLines(List.of(line("1", "1.00", null), dollars)))
          .isInstanceOf(InvalidValueException.class)
          .hasFieldOrPropertyWithValue("code", Money.CURRENCY_MISMATCH)
          .hasFieldOrPropertyWithValue("field", "lineItems[1].unitPrice.currency");
    }

    @Test
    void noLines_orTooMany_areRefused() {
      assertThatThrownBy(() -> DealValue.ofLines(List.of()))
          .hasFieldOrPropertyWithValue("code", DealValue.INVALID);
      List<LineItem> many = java.util.Collections.nCopies(201, line("1", "1.00", null));
      assertThatThrownBy(() -> DealValue.ofLines(many))
          .hasFieldOrPropertyWithValue("code", DealValue.INVALID);
    }

    @Test
    void aPlainAmount_isNotNegative() {
      assertThat(DealValue.ofAmount(Money.of("120000.00", "CNY")).hasLines()).isFalse();
      assertThatThrownBy(() -> DealValue.ofAmount(Money.of("-0.01", "CNY")))
          .hasFieldOrPropertyWithValue("code", DealValue.INVALID);
    }
  }
}
