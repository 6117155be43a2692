package org.opencrm.crm.application.customer.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import org.opencrm.crm.application.customer.port.in.AddContactCommand;
import org.opencrm.crm.application.customer.port.in.ContactView;
import org.opencrm.crm.application.customer.port.in.ManageContactsUseCase;
import org.opencrm.crm.application.customer.port.in.RemoveContactCommand;
import org.opencrm.crm.application.customer.port.in.UpdateContactCommand;
import org.opencrm.crm.domain.customer.Contact;
import org.opencrm.crm.domain.customer.ContactDetails;
import org.opencrm.crm.domain.customer.ContactId;
import org.opencrm.crm.domain.customer.Customer;
import org.opencrm.crm.domain.customer.CustomerPermissions;
import org.opencrm.crm.domain.shared.Actor;

@ApplicationScoped
@Transactional
public class ContactService implements ManageContactsUseCase {

  private final CustomerLoader loader;
  private final AuditedCustomerSaves saves;
  private final Clock clock;

  public ContactService(CustomerLoader loader, AuditedCustomerSaves saves, Clock clock) {
    this.loader = loader;
    this.saves = saves;
    this.clock = clock;
  }

  @Override
  public ContactView add(AddContactCommand command) {
    Actor actor = command.actor();
    CustomerPermissions.checkWrite(actor);
    Customer customer = loader.load(actor, command.customerId());
    Contact added = customer.addContact(command.details(), clock.instant());
    Customer saved = saves.save(actor, customer);
    return ContactView.of(saved.id(), saved.contact(added.id()));
  }

  @Override
  public ContactView update(UpdateContactCommand command) {
    Actor actor = command.actor();
    CustomerPermissions.checkWrite(actor);
    Customer customer = loader.load(actor, command.customerId());
    ContactId contactId = new ContactId(command.contactId());
    ContactDetails current = customer.contact(contactId).details();
    ContactDetails revised =
        new ContactDetails(
            command.name().orElse(current.name()),
            command.title().orElse(current.title()),
            command.phones().orElse(current.phones()),
            command.email().orElse(current.email()),
            Boolean.TRUE.equals(command.primary().orElse(current.primary())),
            Boolean.TRUE.equals(command.marketingConsent().orElse(current.marketingConsent())));
    customer.reviseContact(contactId, command.expectedVersion(), revised, clock.instant());
    Customer saved = saves.save(actor, customer);
    return ContactView.of(saved.id(), saved.contact(contactId));
  }

  @Override
  public void remove(RemoveContactCommand command) {
    Actor actor = command.actor();
    CustomerPermissions.checkWrite(actor);
    Customer customer = loader.load(actor, command.customerId());
    customer.removeContact(
        new ContactId(command.contactId()), command.expectedVersion(), clock.instant());
    saves.save(actor, customer);
  }
}
