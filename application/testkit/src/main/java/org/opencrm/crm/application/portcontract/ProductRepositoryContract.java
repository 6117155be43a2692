package org.opencrm.crm.application.portcontract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.opencrm.crm.application.product.ProductFilter;
import org.opencrm.crm.application.product.ProductView;
import org.opencrm.crm.application.product.port.out.ProductRepository;
import org.opencrm.crm.application.product.port.out.ProductSearch;
import org.opencrm.crm.application.shared.Page;
import org.opencrm.crm.application.shared.PageRequest;
import org.opencrm.crm.domain.deal.Product;
import org.opencrm.crm.domain.deal.ProductCode;
import org.opencrm.crm.domain.deal.ProductDetails;
import org.opencrm.crm.domain.shared.DuplicateDetectedException;
import org.opencrm.crm.domain.shared.Money;
import org.opencrm.crm.domain.shared.Percent;
import org.opencrm.crm.domain.shared.VersionConflictException;

/**
 * What every {@link ProductRepository} does, against the in-memory fake and the PostgreSQL adapter.
 * Every test uses codes and a category of its own, so it shares a database with others.
 */
public abstract class ProductRepositoryContract {

  private static final Instant NOW = Instant.parse("2026-12-01T08:00:00Z");

  private final String prefix = "T" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
  private final String category = "contract-" + prefix;

  protected abstract ProductRepository repository();

  protected abstract ProductSearch search();

  /** Runs the work in a transaction of its own, as a use case would. */
  protected abstract <T> T transaction(Supplier<T> work);

  private ProductDetails details(String code, String name, String price) {
    return new ProductDetails(
        new ProductCode(prefix + "-" + code),
        name,
        "seat",
        Money.of(price, "CNY"),
        Percent.of("13"),
        category);
  }

  private Product added(String code, String name) {
    return transaction(() -> repository().add(Product.create(details(code, name, "1999.00"), NOW)));
  }

  private List<String> codes(ProductFilter filter, int limit) {
    List<String> codes = new ArrayList<>();
    String cursor = null;
    do {
      String after = cursor;
      Page<ProductView> page =
          transaction(() -> search().list(filter, new PageRequest(limit, after)));
      page.items().forEach(p -> codes.add(p.details().code().value()));
      cursor = page.nextCursor();
    } while (cursor != null);
    return codes;
  }

  @Nested
  class Storing {
    @Test
    void anAddedProduct_isFoundAsItWas_atVersionZero() {
      Product product = added("A", "标准版许可");
      Product found = transaction(() -> repository().find(product.id())).orElseThrow();
      assertThat(product.version()).isZero();
      assertThat(found.details()).isEqualTo(details("A", "标准版许可", "1999.00"));
      assertThat(found.details().listPrice().amountText()).isEqualTo("1999.00");
      assertThat(found.active()).isTrue();
      assertThat(found.createdAt()).isEqualTo(NOW);
    }

    @Test
    void aChange_bumpsTheVersion_andAStaleOneIsAConflict() {
      Product product = added("B", "B");
      product.revise(details("B", "B", "2500.50"), NOW.plusSeconds(1));
      Product saved = transaction(() -> repository().save(product));
      assertThat(saved.version()).isEqualTo(1);
      assertThat(
              transaction(() -> repository().find(product.id()))
                  .orElseThrow()
                  .details()
                  .listPrice())
          .isEqualTo(Money.of("2500.50", "CNY"));

      product.deactivate(NOW.plusSeconds(2));
      assertThatThrownBy(() -> transaction(() -> repository().save(product)))
          .isInstanceOf(VersionConflictException.class);
    }

    @Test
    void aTakenCode_isRefused_onAddAndOnChange() {
      added("C", "C");
      Product other = added("D", "D");
      assertThatThrownBy(
              () ->
                  transaction(
                      () -> repository().add(Product.create(details("c", "again", "1"), NOW))))
          .isInstanceOf(DuplicateDetectedException.class)
          .hasFieldOrPropertyWithValue("code", ProductCode.TAKEN);
      other.revise(details("C", "D", "1999.00"), NOW.plusSeconds(1));
      assertThatThrownBy(() -> transaction(() -> repository().save(other)))
          .hasFieldOrPropertyWithValue("code", ProductCode.TAKEN);
    }
  }

  @Nested
  class Listing {
    @Test
    void byCode_pageAfterPage_filteredByCategoryStateAndText() {
      for (String code : List.of("E3", "E1", "E2", "E5", "E4")) {
        added(code, "Product " + code);
      }
      Product retired = added("E6", "退役的产品");
      retired.deactivate(NOW.plusSeconds(1));
      transaction(() -> repository().save(retired));

      ProductFilter all = new ProductFilter(null, category, null);
      assertThat(codes(all, 2))
          .containsExactly(
              prefix + "-E1",
              prefix + "-E2",
              prefix + "-E3",
              prefix + "-E4",
              prefix + "-E5",
              prefix + "-E6");
      assertThat(codes(new ProductFilter(true, category, null), 50)).hasSize(5);
      assertThat(codes(new ProductFilter(false, category, null), 50))
          .containsExactly(prefix + "-E6");
      assertThat(codes(new ProductFilter(null, category, "退役"), 50))
          .containsExactly(prefix + "-E6");
      assertThat(codes(new ProductFilter(null, category, prefix.toLowerCase() + "-e2"), 50))
          .containsExactly(prefix + "-E2");
      assertThat(codes(new ProductFilter(null, "no-such-" + category, null), 50)).isEmpty();
    }
  }
}
