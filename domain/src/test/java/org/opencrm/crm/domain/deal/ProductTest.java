package org.opencrm.crm.domain.deal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.opencrm.crm.domain.shared.InvalidValueException;
import org.opencrm.crm.domain.shared.Money;
import org.opencrm.crm.domain.shared.Percent;
import org.opencrm.crm.domain.shared.RuleViolationException;
import org.opencrm.crm.domain.shared.Text;

class ProductTest {

  static final Instant T0 = Instant.parse("2026-12-01T08:00:00Z");
  static final Instant T1 = T0.plusSeconds(60);

  static ProductDetails licence(String listPrice) {
    return new ProductDetails(
        new ProductCode("lic-std"),
        " 标准版许可 ",
        "seat",
        Money.of(listPrice, "CNY"),
        Percent.of("13"),
        "Software");
  }

  @Nested
  class Catalogue {
    @Test
    void aNewProduct_isActive_withCleanedDetails() {
      Product product = Product.create(licence("1999.00"), T0);
      assertThat(product.active()).isTrue();
      assertThat(product.details().code().value()).isEqualTo("LIC-STD");
      assertThat(product.details().name()).isEqualTo("标准版许可");
      assertThat(product.createdAt()).isEqualTo(T0);
      assertThat(product.version()).isZero();
    }

    @Test
    void codes_areOneWhateverTheirCase_andShaped() {
      assertThat(new ProductCode("sku_1.a-b")).isEqualTo(new ProductCode("SKU_1.A-B"));
      for (String bad : new String[] {"", "-SKU", "SKU 1", "产品1", "A".repeat(41)}) {
        assertThatThrownBy(() -> new ProductCode(bad))
            .as(bad)
            .hasFieldOrPropertyWithValue("code", ProductCode.INVALID);
      }
    }

    @Test
    void aNegativeListPrice_orAMissingName_isRefused() {
      assertThatThrownBy(() -> licence("-1.00"))
          .isInstanceOf(InvalidValueException.class)
          .hasFieldOrPropertyWithValue("code", ProductDetails.NEGATIVE_PRICE)
          .hasFieldOrPropertyWithValue("field", "listPrice.amount");
      assertThatThrownBy(
              () ->
                  new ProductDetails(
                      new ProductCode("X"), " ", "seat", Money.of("1", "CNY"), null, null))
          .hasFieldOrPropertyWithValue("code", Text.REQUIRED)
          .hasFieldOrPropertyWithValue("field", "name");
    }

    @Test
    void noTaxRate_isZero() {
      ProductDetails details =
          new ProductDetails(new ProductCode("X"), "X", "pc", Money.of("1", "CNY"), null, null);
      assertThat(details.taxRate()).isEqualTo(Percent.ZERO);
    }

    @Test
    void aRevision_changesTheDetails_andTheTime_onlyWhenSomethingDiffers() {
      Product product = Product.create(licence("1999.00"), T0);
      product.revise(licence("1999.00"), T1);
      assertThat(product.updatedAt()).isEqualTo(T0);
      product.revise(licence("2199.00"), T1);
      assertThat(product.details().listPrice()).isEqualTo(Money.of("2199", "CNY"));
      assertThat(product.updatedAt()).isEqualTo(T1);
    }
  }

  @Nested
  class Selling {
    @Test
    void aLine_takesTheListPrice_unlessTheDealNamesItsOwn() {
      Product product = Product.create(licence("1999.00"), T0);
      LineItem atList = product.sell(Quantity.of("2"), null, null);
      assertThat(atList.unitPrice()).isEqualTo(Money.of("1999.00", "CNY"));
      assertThat(atList.product().name()).isEqualTo("标准版许可");
      assertThat(atList.product().productId()).isEqualTo(product.id());
      LineItem negotiated = product.sell(Quantity.of("2"), Money.of("1800", "CNY"), null);
      assertThat(negotiated.total()).isEqualTo(Money.of("3600.00", "CNY"));
    }

    @Test
    void anInactiveProduct_goesIntoNoNewDeal_butLinesWrittenBeforeKeepTheirSnapshot() {
      Product product = Product.create(licence("1999.00"), T0);
      LineItem sold = product.sell(Quantity.of("1"), null, null);
      product.revise(licence("2500.00"), T1);
      product.deactivate(T1);

      assertThatThrownBy(() -> product.sell(Quantity.of("1"), null, null))
          .isInstanceOf(RuleViolationException.class)
          .hasFieldOrPropertyWithValue("code", Product.INACTIVE);
      assertThat(sold.unitPrice()).isEqualTo(Money.of("1999.00", "CNY"));

      product.reactivate(T1.plusSeconds(1));
      assertThat(product.sell(Quantity.of("1"), null, null).unitPrice())
          .isEqualTo(Money.of("2500.00", "CNY"));
    }
  }
}
