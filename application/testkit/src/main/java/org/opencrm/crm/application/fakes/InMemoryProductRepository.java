package org.opencrm.crm.application.fakes;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.opencrm.crm.application.product.ProductFilter;
import org.opencrm.crm.application.product.ProductView;
import org.opencrm.crm.application.product.port.out.ProductRepository;
import org.opencrm.crm.application.product.port.out.ProductSearch;
import org.opencrm.crm.application.shared.Page;
import org.opencrm.crm.application.shared.PageRequest;
import org.opencrm.crm.domain.deal.Product;
import org.opencrm.crm.domain.deal.ProductCode;
import org.opencrm.crm.domain.deal.ProductId;
import org.opencrm.crm.domain.shared.VersionConflictException;

/** The catalogue in memory; the cursor of its list is the last code shown. */
public class InMemoryProductRepository implements ProductRepository, ProductSearch {

  private final Map<ProductId, Product> stored = new LinkedHashMap<>();

  @Override
  public Optional<Product> find(ProductId id) {
    return Optional.ofNullable(stored.get(id)).map(InMemoryProductRepository::copy);
  }

  @Override
  public Product add(Product product) {
    if (stored.containsKey(product.id())) {
      throw new IllegalStateException("The product " + product.id() + " is stored already");
    }
    return store(product, 0);
  }

  @Override
  public Product save(Product product) {
    Product previous = stored.get(product.id());
    if (previous == null) {
      return add(product);
    }
    if (previous.version() != product.version()) {
      throw new VersionConflictException(
          "product", product.id(), product.version(), previous.version());
    }
    return store(product, product.version() + 1);
  }

  private Product store(Product product, long version) {
    ProductCode code = product.details().code();
    if (stored.values().stream()
        .anyMatch(p -> p.details().code().equals(code) && !p.id().equals(product.id()))) {
      throw ProductCode.taken();
    }
    Product saved =
        Product.restore(
            product.id(),
            product.details(),
            product.active(),
            product.createdAt(),
            product.updatedAt(),
            version);
    stored.put(product.id(), saved);
    return copy(saved);
  }

  @Override
  public Page<ProductView> list(ProductFilter filter, PageRequest page) {
    List<Product> matching =
        stored.values().stream()
            .filter(p -> filter.active() == null || p.active() == filter.active())
            .filter(
                p -> filter.category() == null || filter.category().equals(p.details().category()))
            .filter(p -> filter.text() == null || contains(p, filter.text()))
            .filter(
                p ->
                    page.cursor() == null
                        || p.details().code().value().compareTo(page.cursor()) > 0)
            .sorted(Comparator.comparing(p -> p.details().code().value()))
            .toList();
    List<Product> shown = matching.stream().limit(page.limit()).toList();
    String next =
        matching.size() > page.limit()
            ? shown.get(shown.size() - 1).details().code().value()
            : null;
    return new Page<>(shown.stream().map(ProductView::of).toList(), next);
  }

  private static boolean contains(Product product, String text) {
    return product.details().code().value().toLowerCase(Locale.ROOT).contains(text)
        || product.details().name().toLowerCase(Locale.ROOT).contains(text);
  }

  private static Product copy(Product product) {
    return Product.restore(
        product.id(),
        product.details(),
        product.active(),
        product.createdAt(),
        product.updatedAt(),
        product.version());
  }
}
