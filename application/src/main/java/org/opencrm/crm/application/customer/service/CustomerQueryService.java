package org.opencrm.crm.application.customer.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.opencrm.crm.application.customer.CustomerFilter;
import org.opencrm.crm.application.customer.CustomerSort;
import org.opencrm.crm.application.customer.CustomerView;
import org.opencrm.crm.application.customer.port.in.ContactView;
import org.opencrm.crm.application.customer.port.in.CustomerQueries;
import org.opencrm.crm.application.customer.port.out.CustomerSearch;
import org.opencrm.crm.application.shared.Page;
import org.opencrm.crm.application.shared.PageRequest;
import org.opencrm.crm.domain.customer.Contact;
import org.opencrm.crm.domain.customer.ContactId;
import org.opencrm.crm.domain.customer.Customer;
import org.opencrm.crm.domain.customer.CustomerPermissions;
import org.opencrm.crm.domain.shared.Actor;

@ApplicationScoped
@Transactional
public class CustomerQueryService implements CustomerQueries {

  private final CustomerSearch customers;
  private final CustomerLoader loader;

  public CustomerQueryService(CustomerSearch customers, CustomerLoader loader) {
    this.customers = customers;
    this.loader = loader;
  }

  /**
   * One statement is its own consistent snapshot, so the point read needs no transaction of its
   * own: it joins one if there is one, else runs in auto-commit and saves the COMMIT round trip.
   */
  @Override
  @Transactional(Transactional.TxType.SUPPORTS)
  public CustomerView get(Actor actor, UUID customerId) {
    CustomerPermissions.checkRead(actor);
    // The read model, not the aggregate: a read needs neither the contacts nor change tracking.
    return loader.view(actor, customerId);
  }

  /** A page is one statement too; see {@link #get}. */
  @Override
  @Transactional(Transactional.TxType.SUPPORTS)
  public Page<CustomerView> list(
      Actor actor, CustomerFilter filter, CustomerSort sort, PageRequest page) {
    CustomerPermissions.checkRead(actor);
    return customers.search(filter, sort, page, actor.scope());
  }

  @Override
  public List<ContactView> contacts(Actor actor, UUID customerId) {
    CustomerPermissions.checkRead(actor);
    Customer customer = loader.load(actor, customerId);
    return customer.contacts().stream()
        .sorted(
            Comparator.comparing(Contact::isPrimary)
                .reversed()
                .thenComparing(Contact::createdAt)
                .thenComparing(c -> c.id().value()))
        .map(contact -> ContactView.of(customer.id(), contact))
        .toList();
  }

  @Override
  public ContactView contact(Actor actor, UUID customerId, UUID contactId) {
    CustomerPermissions.checkRead(actor);
    Customer customer = loader.load(actor, customerId);
    return ContactView.of(customer.id(), customer.contact(new ContactId(contactId)));
  }
}
