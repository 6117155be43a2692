package org.opencrm.crm.persistence;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.function.Supplier;
import org.opencrm.crm.application.customer.port.out.CustomerRepository;
import org.opencrm.crm.application.customer.port.out.CustomerSearch;
import org.opencrm.crm.application.portcontract.CustomerRepositoryContract;
import org.opencrm.crm.support.CrmTestResources;

/** The customer repository contract against the persistence adapter on PostgreSQL. */
@QuarkusTest
@WithTestResource(CrmTestResources.class)
class PostgresCustomerRepositoryTest extends CustomerRepositoryContract {

  @Inject CustomerRepository repository;
  @Inject CustomerSearch search;

  @Override
  protected CustomerRepository repository() {
    return repository;
  }

  @Override
  protected CustomerSearch search() {
    return search;
  }

  @Override
  protected <T> T transaction(Supplier<T> work) {
    return QuarkusTransaction.requiringNew().call(work::get);
  }
}
