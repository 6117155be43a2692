package org.opencrm.crm.application.portcontract;

import java.util.function.Supplier;
import org.opencrm.crm.application.fakes.InMemoryLeadRepository;
import org.opencrm.crm.application.lead.port.out.LeadRepository;
import org.opencrm.crm.application.lead.port.out.LeadSearch;
import org.opencrm.crm.application.pool.port.out.OwnershipLedger;

class InMemoryLeadRepositoryTest extends LeadRepositoryContract {

  private final InMemoryLeadRepository repository = new InMemoryLeadRepository();

  @Override
  protected LeadRepository repository() {
    return repository;
  }

  @Override
  protected LeadSearch search() {
    return repository;
  }

  @Override
  protected OwnershipLedger ledger() {
    return repository;
  }

  @Override
  protected <T> T transaction(Supplier<T> work) {
    return work.get();
  }
}
