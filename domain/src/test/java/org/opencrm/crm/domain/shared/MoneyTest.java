package org.opencrm.crm.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Currency;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MoneyTest {

  static final Currency CNY = Currency.getInstance("CNY");

  @Nested
  class Parsing {
    @Test
    void anAmount_isHeldAtTheCurrencysScale() {
      assertThat(Money.of("1234.5", "CNY").amountText()).isEqualTo("1234.50");
      assertThat(Money.of("7", "CNY").amountText()).isEqualTo("7.00");
      assertThat(Money.of("1200", "JPY").amountText()).isEqualTo("1200");
      assertThat(Money.of("-0.01", "CNY").isNegative()).isTrue();
    }

    @Test
    void trailingZerosBeyondTheScale_areNotFiner() {
      assertThat(Money.of("10.5000", "CNY")).isEqualTo(Money.of("10.50", "CNY"));
    }

    @Test
    void anAmountFinerThanTheSmallestUnit_isRefused_notRounded() {
      assertThatThrownBy(() -> Money.of("0.005", "CNY"))
          .isInstanceOf(InvalidValueException.class)
          .hasFieldOrPropertyWithValue("code", Money.INVALID)
          .hasFieldOrPropertyWithValue("field", "amount")
          .hasMessageContaining("0.01");
      assertThatThrownBy(() -> Money.of("1.5", "JPY")).hasMessageContaining("smallest unit of JPY");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " 1", "1e3", "1,000.00", "+5", ".5", "5.", "NaN", "0x10"})
    void anythingButAPlainDecimal_isRefused(String amount) {
      assertThatThrownBy(() -> Money.of(amount, "CNY"))
          .hasFieldOrPropertyWithValue("code", Money.INVALID)
          .hasFieldOrPropertyWithValue("field", "amount");
    }

    @ParameterizedTest
    @ValueSource(strings = {"cny", "YUAN", "ZZZ", "XXX", ""})
    void anUnknownCurrency_isRefused(String currency) {
      assertThatThrownBy(() -> Money.of("1.00", currency))
          .hasFieldOrPropertyWithValue("code", Money.INVALID)
          .hasFieldOrPropertyWithValue("field", "currency");
    }

    @Test
    void fifteenDigitsBeforeThePoint_areTheMost() {
      assertThat(Money.of("999999999999999.99", "CNY").amountText())
          .isEqualTo("999999999999999.99");
      assertThatThrownBy(() -> Money.of("1000000000000000", "CNY"))
          .hasFieldOrPropertyWithValue("code", Money.INVALID);
    }
  }

  @Nested
  class Arithmetic {
    @Test
    void sums_areExactToTheCent() {
      Money sum = Money.zero(CNY);
      for (int i = 0; i < 10; i++) {
        sum = sum.plus(Money.of("0.10", "CNY"));
      }
      assertThat(sum).isEqualTo(Money.of("1.00", "CNY"));
      assertThat(sum.minus(Money.of("1.01", "CNY")).amountText()).isEqualTo("-0.01");
    }

    @Test
    void twoCurrencies_neitherAddNorCompare() {
      Money yuan = Money.of("1.00", "CNY");
      Money dollars = Money.of("1.00", "USD");
      assertThatThrownBy(() -> yuan.plus(dollars))
          .isInstanceOf(InvalidValueException.class)
          .hasFieldOrPropertyWithValue("code", Money.CURRENCY_MISMATCH);
      assertThatThrownBy(() -> yuan.compareTo(dollars))
          .hasFieldOrPropertyWithValue("code", Money.CURRENCY_MISMATCH);
    }

    @Test
    void amounts_compareByValue() {
      assertThat(Money.of("2.00", "CNY").compareTo(Money.of("10", "CNY"))).isNegative();
      assertThat(new Money(new BigDecimal("3"), CNY).isZero()).isFalse();
      assertThat(Money.zero(CNY).isZero()).isTrue();
    }
  }

  @Nested
  class Percentages {
    @Test
    void aPercentage_runsFromZeroToAHundred_withTwoDecimals() {
      assertThat(Percent.of("12.5").value()).isEqualByComparingTo("12.50");
      assertThat(Percent.of("12.5").fraction()).isEqualByComparingTo("0.125");
      assertThat(Percent.of("100").exceeds(Percent.of("99.99"))).isTrue();
      for (String bad : new String[] {"-1", "100.01", "12.345", "1e1", "", "abc"}) {
        assertThatThrownBy(() -> Percent.of(bad))
            .as(bad)
            .hasFieldOrPropertyWithValue("code", Percent.INVALID);
      }
    }
  }
}
