package org.opencrm.crm.persistence;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.function.Supplier;
import org.opencrm.crm.application.lead.port.out.LeadRepository;
import org.opencrm.crm.application.lead.port.out.LeadSearch;
import org.opencrm.crm.application.pool.port.out.OwnershipLedger;
import org.opencrm.crm.application.portcontract.LeadRepositoryContract;
import org.opencrm.crm.support.CrmTestResources;

/** The lead repository contract against the persistence adapter on PostgreSQL. */
@QuarkusTest
@WithTestResource(CrmTestResources.class)
class PostgresLeadRepositoryTest extends LeadRepositoryContract {

  @Inject LeadRepository repository;
  @Inject LeadSearch search;
  @Inject OwnershipLedger ledger;

  @Override
  protected LeadRepository repository() {
    return repository;
  }

  @Override
  protected LeadSearch search() {
    return search;
  }

  @Override
  protected OwnershipLedger ledger() {
    return ledger;
  }

  @Override
  protected <T> T transaction(Supplier<T> work) {
    return QuarkusTransaction.requiringNew().call(work::get);
  }
}
