package org.opencrm.crm.application.fakes;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.opencrm.crm.application.customer.CustomerFilter;
import org.opencrm.crm.application.customer.CustomerSort;
import org.opencrm.crm.application.customer.CustomerView;
import org.opencrm.crm.application.customer.port.out.CustomerRepository;
import org.opencrm.crm.application.customer.port.out.CustomerSearch;
import org.opencrm.crm.application.shared.Page;
import org.opencrm.crm.application.shared.PageRequest;
import org.opencrm.crm.domain.customer.Contact;
import org.opencrm.crm.domain.customer.Customer;
import org.opencrm.crm.domain.customer.CustomerId;
import org.opencrm.crm.domain.customer.DealStatus;
import org.opencrm.crm.domain.customer.UnifiedSocialCreditCode;
import org.opencrm.crm.domain.shared.DataScope;
import org.opencrm.crm.domain.shared.VersionConflictException;

/** Customers in a map, with the versioning and scoping the real adapter has. */
public class InMemoryCustomerRepository implements CustomerRepository, CustomerSearch {

  private final Map<UUID, Customer> stored = new LinkedHashMap<>();

  @Override
  public Optional<Customer> find(CustomerId id, DataScope scope) {
    return Optional.ofNullable(stored.get(id.value()))
        .filter(c -> scope.includes(c.owner(), c.team()))
        .map(InMemoryCustomerRepository::copy);
  }

  @Override
  public Optional<CustomerView> findView(CustomerId id, DataScope scope) {
    return find(id, scope).map(InMemoryCustomerRepository::view);
  }

  @Override
  public Page<CustomerView> search(
      CustomerFilter filter, CustomerSort sort, PageRequest page, DataScope scope) {
    List<CustomerView> items =
        stored.values().stream()
            .filter(c -> !c.isArchived() && scope.includes(c.owner(), c.team()))
            .filter(c -> filter.ownerId() == null || filter.ownerId().equals(c.owner().value()))
            .filter(c -> filter.tag() == null || c.profile().tags().values().contains(filter.tag()))
            .filter(c -> filter.dealStatus() == null || filter.dealStatus() == DealStatus.POTENTIAL)
            .sorted(Comparator.comparing((Customer c) -> c.profile().name()))
            .limit(page.limit())
            .map(InMemoryCustomerRepository::view)
            .toList();
    return new Page<>(items, null);
  }

  @Override
  public Customer add(Customer customer) {
    if (stored.containsKey(customer.id().value())) {
      throw new IllegalStateException("The customer " + customer.id() + " is stored already");
    }
    return save(customer);
  }

  @Override
  public Customer save(Customer customer) {
    UnifiedSocialCreditCode code = customer.profile().creditCode();
    if (code != null
        && stored.values().stream()
            .anyMatch(
                c -> code.equals(c.profile().creditCode()) && !c.id().equals(customer.id()))) {
      throw UnifiedSocialCreditCode.taken();
    }
    Customer previous = stored.get(customer.id().value());
    long version = 0;
    if (previous != null) {
      if (previous.version() != customer.version()) {
        throw new VersionConflictException(
            "customer", customer.id(), customer.version(), previous.version());
      }
      version = previous.version() + 1;
    }
    List<Contact> contacts = new ArrayList<>();
    for (Contact contact : customer.contacts()) {
      Contact before =
          previous == null
              ? null
              : previous.contacts().stream()
                  .filter(c -> c.id().equals(contact.id()))
                  .findFirst()
                  .orElse(null);
      long contactVersion =
          before == null
              ? 0
              : Objects.equals(before.details(), contact.details())
                  ? before.version()
                  : before.version() + 1;
      contacts.add(
          Contact.restore(
              contact.id(),
              contact.details(),
              contact.createdAt(),
              contact.updatedAt(),
              contactVersion));
    }
    Customer saved =
        Customer.restore(
            customer.id(),
            customer.profile(),
            customer.owner(),
            customer.team(),
            contacts,
            customer.createdAt(),
            customer.updatedAt(),
            customer.archivedAt(),
            version);
    stored.put(saved.id().value(), saved);
    return copy(saved);
  }

  public int size() {
    return stored.size();
  }

  /** A copy that shares no mutable contact with the stored customer, as a database read would. */
  private static Customer copy(Customer c) {
    return Customer.restore(
        c.id(),
        c.profile(),
        c.owner(),
        c.team(),
        c.contacts().stream()
            .map(
                contact ->
                    Contact.restore(
                        contact.id(),
                        contact.details(),
                        contact.createdAt(),
                        contact.updatedAt(),
                        contact.version()))
            .toList(),
        c.createdAt(),
        c.updatedAt(),
        c.archivedAt(),
        c.version());
  }

  /** Deals are not kept here: every customer is a potential one. */
  private static CustomerView view(Customer customer) {
    return CustomerView.of(customer, DealStatus.POTENTIAL);
  }
}
