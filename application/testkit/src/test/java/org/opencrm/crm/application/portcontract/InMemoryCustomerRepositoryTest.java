package org.opencrm.crm.application.portcontract;

import java.util.function.Supplier;
import org.opencrm.crm.application.customer.port.out.CustomerRepository;
import org.opencrm.crm.application.customer.port.out.CustomerSearch;
import org.opencrm.crm.application.fakes.InMemoryCustomerRepository;

class InMemoryCustomerRepositoryTest extends CustomerRepositoryContract {

  private final InMemoryCustomerRepository repository = new InMemoryCustomerRepository();

  @Override
  protected CustomerRepository repository() {
    return repository;
  }

  @Override
  protected CustomerSearch search() {
    return repository;
  }

  @Override
  protected <T> T transaction(Supplier<T> work) {
    return work.get();
  }
}
