package org.opencrm.crm.adapter.out.persistence.product;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hibernate.jpa.HibernateHints;
import org.opencrm.crm.adapter.out.persistence.KeysetCursor;
import org.opencrm.crm.adapter.out.persistence.KeysetPage;
import org.opencrm.crm.adapter.out.persistence.PersistenceErrors;
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

/**
 * The catalogue in PostgreSQL. Its list shows the aggregate's own row, so it reads the entities
 * (read-only) rather than a read model of its own.
 */
@ApplicationScoped
class ProductPersistenceAdapter implements ProductRepository, ProductSearch {

  private static final String ORDER = "products,code";

  private final ProductPanacheRepository rows;

  ProductPersistenceAdapter(ProductPanacheRepository rows) {
    this.rows = rows;
  }

  @Override
  public Optional<Product> find(ProductId id) {
    return rows.findByIdOptional(id.value()).map(ProductEntityMapper::toDomain);
  }

  @Override
  public Product add(Product product) {
    ProductEntity entity = new ProductEntity();
    entity.setId(product.id().value());
    ProductEntityMapper.copy(product, entity);
    rows.persist(entity);
    return flushed(product, entity);
  }

  @Override
  public Product save(Product product) {
    ProductEntity entity = rows.findById(product.id().value());
    if (entity == null) {
      return add(product);
    }
    if (entity.getVersion() != product.version()) {
      throw new VersionConflictException(
          "product", product.id(), product.version(), entity.getVersion());
    }
    ProductEntityMapper.copy(product, entity);
    return flushed(product, entity);
  }

  private Product flushed(Product product, ProductEntity entity) {
    try {
      rows.flush();
    } catch (OptimisticLockException e) {
      throw new VersionConflictException(
          "product", product.id(), product.version(), product.version() + 1);
    } catch (PersistenceException e) {
      if (PersistenceErrors.violatedConstraint(e)
          .filter(name -> name.contains("product_code_uq"))
          .isPresent()) {
        throw ProductCode.taken();
      }
      throw e;
    }
    return ProductEntityMapper.toDomain(entity);
  }

  @Override
  public Page<ProductView> list(ProductFilter filter, PageRequest page) {
    List<String> conditions = new ArrayList<>();
    Map<String, Object> params = new HashMap<>();
    if (filter.active() != null) {
      conditions.add("p.active = :active");
      params.put("active", filter.active());
    }
    if (filter.category() != null) {
      conditions.add("p.category = :category");
      params.put("category", filter.category());
    }
    if (filter.text() != null) {
      // A catalogue holds thousands of products, not millions: a scan of it is cheap.
      conditions.add(
          "(lower(p.code) LIKE :text ESCAPE '!' OR lower(p.name) LIKE :text ESCAPE '!')");
      params.put("text", "%" + filter.text().replaceAll("[!%_]", "!$0") + "%");
    }
    KeysetCursor after = KeysetPage.after(page, ORDER);
    if (after != null) {
      conditions.add("p.code > :afterCode");
      params.put("afterCode", after.key());
    }
    var query =
        rows.getEntityManager()
            .createQuery(
                "SELECT p FROM ProductEntity p"
                    + (conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions))
                    + " ORDER BY p.code",
                ProductEntity.class)
            .setMaxResults(KeysetPage.rowsToFetch(page))
            .setHint(HibernateHints.HINT_READ_ONLY, true);
    params.forEach(query::setParameter);
    return KeysetPage.of(
        query.getResultList(),
        page,
        entity -> ProductView.of(ProductEntityMapper.toDomain(entity)),
        entity -> new KeysetCursor(ORDER, entity.getCode(), entity.getId()));
  }
}
