package org.opencrm.crm.adapter.out.persistence.customer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.opencrm.crm.adapter.out.persistence.PersistenceErrors;
import org.opencrm.crm.adapter.out.persistence.ScopeCondition;
import org.opencrm.crm.application.customer.port.out.CustomerRepository;
import org.opencrm.crm.domain.customer.Contact;
import org.opencrm.crm.domain.customer.Customer;
import org.opencrm.crm.domain.customer.CustomerId;
import org.opencrm.crm.domain.customer.UnifiedSocialCreditCode;
import org.opencrm.crm.domain.shared.DataScope;
import org.opencrm.crm.domain.shared.VersionConflictException;

@ApplicationScoped
class CustomerPersistenceAdapter implements CustomerRepository {

  private final CustomerPanacheRepository rows;

  CustomerPersistenceAdapter(CustomerPanacheRepository rows) {
    this.rows = rows;
  }

  @Override
  public Optional<Customer> find(CustomerId id, DataScope scope) {
    return findEntity(id.value(), scope).map(CustomerEntityMapper::toDomain);
  }

  private Optional<CustomerEntity> findEntity(UUID id, DataScope scope) {
    ScopeCondition inScope = ScopeCondition.of(scope, "c.ownerId", "c.team");
    return inScope
        .bind(
            rows.getEntityManager()
                .createQuery(
                    "SELECT c FROM CustomerEntity c LEFT JOIN FETCH c.contacts"
                        + " WHERE c.id = :id AND "
                        + inScope.sql(),
                    CustomerEntity.class)
                .setParameter("id", id))
        .getResultStream()
        .findFirst();
  }

  @Override
  public Customer add(Customer customer) {
    CustomerEntity entity = new CustomerEntity();
    entity.setId(customer.id().value());
    CustomerEntityMapper.copy(customer, entity);
    syncContacts(customer, entity);
    rows.persist(entity);
    flush(customer);
    return CustomerEntityMapper.toDomain(entity);
  }

  @Override
  public Customer save(Customer customer) {
    CustomerEntity entity = rows.findById(customer.id().value());
    if (entity == null) {
      return add(customer);
    }
    if (entity.getVersion() != customer.version()) {
      throw new VersionConflictException(
          "customer", customer.id(), customer.version(), entity.getVersion());
    }
    CustomerEntityMapper.copy(customer, entity);
    syncContacts(customer, entity);
    flush(customer);
    return CustomerEntityMapper.toDomain(entity);
  }

  private static void syncContacts(Customer customer, CustomerEntity entity) {
    Map<UUID, ContactEntity> stored = new HashMap<>();
    entity.getContacts().forEach(contact -> stored.put(contact.getId(), contact));
    List<ContactEntity> wanted = new ArrayList<>();
    for (Contact contact : customer.contacts()) {
      ContactEntity row = stored.get(contact.id().value());
      if (row == null) {
        row = new ContactEntity();
        row.setId(contact.id().value());
        row.setCustomer(entity);
      } else if (row.getVersion() != contact.version()) {
        throw new VersionConflictException(
            "contact", contact.id(), contact.version(), row.getVersion());
      }
      CustomerEntityMapper.copy(contact, row);
      wanted.add(row);
    }
    entity.getContacts().retainAll(wanted);
    for (ContactEntity row : wanted) {
      if (!entity.getContacts().contains(row)) {
        entity.getContacts().add(row);
      }
    }
  }

  private void flush(Customer customer) {
    try {
      rows.flush();
    } catch (OptimisticLockException e) {
      throw new VersionConflictException(
          "customer", customer.id(), customer.version(), customer.version() + 1);
    } catch (PersistenceException e) {
      if (PersistenceErrors.violatedConstraint(e)
          .filter(name -> name.contains("customer_credit_code_uq"))
          .isPresent()) {
        throw UnifiedSocialCreditCode.taken();
      }
      throw e;
    }
  }
}
