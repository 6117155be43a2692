package org.opencrm.crm.application.portcontract;

import java.util.function.Supplier;
import org.opencrm.crm.application.fakes.InMemoryProductRepository;
import org.opencrm.crm.application.product.port.out.ProductRepository;
import org.opencrm.crm.application.product.port.out.ProductSearch;

class InMemoryProductRepositoryTest extends ProductRepositoryContract {

  private final InMemoryProductRepository repository = new InMemoryProductRepository();

  @Override
  protected ProductRepository repository() {
    return repository;
  }

  @Override
  protected ProductSearch search() {
    return repository;
  }

  @Override
  protected <T> T transaction(Supplier<T> work) {
    return work.get();
  }
}
