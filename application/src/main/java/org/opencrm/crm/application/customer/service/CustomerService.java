package org.opencrm.crm.application.customer.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.opencrm.crm.application.customer.CustomerView;
import org.opencrm.crm.application.customer.port.in.ArchiveCustomerCommand;
import org.opencrm.crm.application.customer.port.in.CreateCustomerCommand;
import org.opencrm.crm.application.customer.port.in.CustomerPatch;
import org.opencrm.crm.application.customer.port.in.ManageCustomersUseCase;
import org.opencrm.crm.application.customer.port.in.UpdateCustomerCommand;
import org.opencrm.crm.application.user.port.out.UserRepository;
import org.opencrm.crm.domain.customer.Customer;
import org.opencrm.crm.domain.customer.CustomerPermissions;
import org.opencrm.crm.domain.customer.CustomerProfile;
import org.opencrm.crm.domain.customer.DealStatus;
import org.opencrm.crm.domain.customer.OwnerChangeRule;
import org.opencrm.crm.domain.shared.Actor;
import org.opencrm.crm.domain.shared.Region;
import org.opencrm.crm.domain.shared.Tags;
import org.opencrm.crm.domain.shared.TeamId;
import org.opencrm.crm.domain.shared.UserId;
import org.opencrm.crm.domain.user.NewOwnerRule;
import org.opencrm.crm.domain.user.User;

@ApplicationScoped
@Transactional
public class CustomerService implements ManageCustomersUseCase {

  private final CustomerLoader loader;
  private final AuditedCustomerSaves saves;
  private final UserRepository users;
  private final Clock clock;

  public CustomerService(
      CustomerLoader loader, AuditedCustomerSaves saves, UserRepository users, Clock clock) {
    this.loader = loader;
    this.saves = saves;
    this.users = users;
    this.clock = clock;
  }

  @Override
  public CustomerView create(CreateCustomerCommand command) {
    Actor actor = command.actor();
    CustomerPermissions.checkWrite(actor);
    UserId owner = command.ownerId() == null ? actor.id() : new UserId(command.ownerId());
    TeamId team = actor.team();
    if (!owner.equals(actor.id()) || command.team() != null) {
      Optional<User> ownerEntry = users.find(owner);
      // The customer goes to its owner's team unless the caller names one.
      team =
          command.team() != null
              ? new TeamId(command.team())
              : ownerEntry.map(User::team).orElse(null);
      if (!owner.equals(actor.id()) || !Objects.equals(team, actor.team())) {
        OwnerChangeRule.check(actor, team);
        NewOwnerRule.check(owner, ownerEntry, team, "ownerId");
      }
    }
    Instant now = clock.instant();
    Customer created = Customer.create(command.profile(), owner, team, now);
    // A new customer has no deals yet.
    return CustomerView.of(saves.save(actor, created), DealStatus.POTENTIAL);
  }

  @Override
  public CustomerView update(UpdateCustomerCommand command) {
    Actor actor = command.actor();
    CustomerPermissions.checkWrite(actor);
    Customer customer = loader.load(actor, command.customerId());
    customer.checkVersion(command.expectedVersion());
    Instant now = clock.instant();

    CustomerProfile revised = merge(customer.profile(), command.patch());
    customer.revise(revised, now);
    transferIfAsked(actor, customer, command.patch(), now);

    return loader.viewOf(saves.save(actor, customer));
  }

  @Override
  public void archive(ArchiveCustomerCommand command) {
    Actor actor = command.actor();
    CustomerPermissions.checkWrite(actor);
    Customer customer = loader.load(actor, command.customerId());
    customer.checkVersion(command.expectedVersion());
    customer.archive(clock.instant());
    saves.save(actor, customer);
  }

  private void transferIfAsked(Actor actor, Customer customer, CustomerPatch patch, Instant now) {
    if (!patch.ownerId().present() && !patch.team().present()) {
      return;
    }
    UserId owner =
        patch.ownerId().present() ? new UserId(patch.ownerId().value()) : customer.owner();
    TeamId team;
    if (patch.team().present()) {
      team = patch.team().value() == null ? null : new TeamId(patch.team().value());
    } else {
      team = customer.team();
    }
    if (!owner.equals(customer.owner()) || !Objects.equals(team, customer.team())) {
      OwnerChangeRule.check(actor, team);
      // The customer stays in its team unless the patch names another one explicitly.
      NewOwnerRule.check(owner, users.find(owner), team, "ownerId");
      customer.transferTo(owner, team, now);
    }
  }

  private static CustomerProfile merge(CustomerProfile current, CustomerPatch patch) {
    return new CustomerProfile(
        patch.name().orElse(current.name()),
        patch.kind().orElse(current.kind()),
        patch.industry().orElse(current.industry()),
        patch.sizeBand().orElse(current.sizeBand()),
        new Region(
            patch.province().orElse(current.region().province()),
            patch.city().orElse(current.region().city())),
        patch.sourceChannel().orElse(current.sourceChannel()),
        patch.tags().present() ? Tags.of(patch.tags().value()) : current.tags(),
        patch.importance().orElse(current.importance()),
        patch.demandStatus().orElse(current.demandStatus()),
        patch.notes().orElse(current.notes()),
        patch.creditCode().orElse(current.creditCode()));
  }
}
