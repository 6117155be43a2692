package org.opencrm.crm.application.history.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.UUID;
import org.opencrm.crm.application.contract.service.ContractLoader;
import org.opencrm.crm.application.customer.service.CustomerLoader;
import org.opencrm.crm.application.history.port.in.ChangeHistoryQueries;
import org.opencrm.crm.application.history.port.out.ChangeHistory;
import org.opencrm.crm.application.lead.service.LeadLoader;
import org.opencrm.crm.application.opportunity.service.OpportunityLoader;
import org.opencrm.crm.application.product.port.out.ProductRepository;
import org.opencrm.crm.application.shared.Page;
import org.opencrm.crm.application.shared.PageRequest;
import org.opencrm.crm.domain.contract.ContractEvent;
import org.opencrm.crm.domain.contract.ContractPermissions;
import org.opencrm.crm.domain.customer.CustomerEvent;
import org.opencrm.crm.domain.customer.CustomerPermissions;
import org.opencrm.crm.domain.deal.DealPermissions;
import org.opencrm.crm.domain.deal.OpportunityEvent;
import org.opencrm.crm.domain.deal.ProductEvent;
import org.opencrm.crm.domain.deal.ProductId;
import org.opencrm.crm.domain.deal.ProductPermissions;
import org.opencrm.crm.domain.lead.Lead;
import org.opencrm.crm.domain.lead.LeadEvent;
import org.opencrm.crm.domain.lead.LeadPermissions;
import org.opencrm.crm.domain.lead.LeadVisibility;
import org.opencrm.crm.domain.shared.Actor;
import org.opencrm.crm.domain.shared.RecordNotFoundException;
import org.opencrm.crm.domain.shared.history.ChangeRecord;

@ApplicationScoped
@Transactional
public class ChangeHistoryQueryService implements ChangeHistoryQueries {

  private final ChangeHistory history;
  private final CustomerLoader loader;
  private final LeadLoader leadLoader;
  private final ProductRepository products;
  private final OpportunityLoader opportunities;
  private final ContractLoader contracts;

  public ChangeHistoryQueryService(
      ChangeHistory history,
      CustomerLoader loader,
      LeadLoader leadLoader,
      ProductRepository products,
      OpportunityLoader opportunities,
      ContractLoader contracts) {
    this.history = history;
    this.loader = loader;
    this.leadLoader = leadLoader;
    this.products = products;
    this.opportunities = opportunities;
    this.contracts = contracts;
  }

  @Override
  public Page<ChangeRecord> customerHistory(Actor actor, UUID customerId, PageRequest page) {
    CustomerPermissions.checkRead(actor);
    loader.view(actor, customerId); // visibility only: the cheap read model
    return history.of(CustomerEvent.SUBJECT, customerId, page);
  }

  @Override
  public Page<ChangeRecord> leadHistory(Actor actor, UUID leadId, PageRequest page) {
    LeadPermissions.checkWork(actor);
    Lead lead = leadLoader.find(actor, leadId);
    if (LeadVisibility.masked(actor, lead)) {
      // Earlier holders and their contact data are not for whoever browses the pool.
      throw new RecordNotFoundException("lead", leadId);
    }
    return history.of(LeadEvent.SUBJECT, leadId, page);
  }

  @Override
  public Page<ChangeRecord> productHistory(Actor actor, UUID productId, PageRequest page) {
    ProductPermissions.checkRead(actor);
    if (products.find(new ProductId(productId)).isEmpty()) {
      throw new RecordNotFoundException("product", productId);
    }
    return history.of(ProductEvent.SUBJECT, productId, page);
  }

  @Override
  public Page<ChangeRecord> opportunityHistory(Actor actor, UUID opportunityId, PageRequest page) {
    DealPermissions.checkRead(actor);
    opportunities.view(actor, opportunityId); // visibility only
    return history.of(OpportunityEvent.SUBJECT, opportunityId, page);
  }

  @Override
  public Page<ChangeRecord> contractHistory(Actor actor, UUID contractId, PageRequest page) {
    ContractPermissions.checkRead(actor);
    contracts.load(actor, contractId); // visibility only
    return history.of(ContractEvent.SUBJECT, contractId, page);
  }
}
