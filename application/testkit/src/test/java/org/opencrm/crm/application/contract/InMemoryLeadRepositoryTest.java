package org.opencrm.crm.application.contract;

import java.util.function.Supplier;
import org.opencrm.crm.application.fakes.InMemoryLeadRepository;
import org.opencrm.crm.application.lead.port.out.LeadRepository;

class InMemoryLeadRepositoryTest extends LeadRepositoryContract {

  private final InMemoryLeadRepository repository = new InMemoryLeadRepository();

  @Override
  protected LeadRepository repository() {
    return repository;
  }

  @Override
  protected <T> T transaction(Supplier<T> work) {
    return work.get();
  }
}
