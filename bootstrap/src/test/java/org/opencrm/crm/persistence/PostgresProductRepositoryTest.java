package org.opencrm.crm.persistence;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.function.Supplier;
import org.opencrm.crm.application.portcontract.ProductRepositoryContract;
import org.opencrm.crm.application.product.port.out.ProductRepository;
import org.opencrm.crm.application.product.port.out.ProductSearch;
import org.opencrm.crm.support.CrmTestResources;

/** The product repository contract against the persistence adapter on PostgreSQL. */
@QuarkusTest
@WithTestResource(CrmTestResources.class)
class PostgresProductRepositoryTest extends ProductRepositoryContract {

  @Inject ProductRepository repository;
  @Inject ProductSearch search;

  @Override
  protected ProductRepository repository() {
    return repository;
  }

  @Override
  protected ProductSearch search() {
    return search;
  }

  @Override
  protected <T> T transaction(Supplier<T> work) {
    return QuarkusTransaction.requiringNew().call(work::get);
  }
}
