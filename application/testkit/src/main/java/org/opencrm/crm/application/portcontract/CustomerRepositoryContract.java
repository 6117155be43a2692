package org.opencrm.crm.application.portcontract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.opencrm.crm.application.customer.CustomerFilter;
import org.opencrm.crm.application.customer.CustomerSort;
import org.opencrm.crm.application.customer.CustomerView;
import org.opencrm.crm.application.customer.port.out.CustomerRepository;
import org.opencrm.crm.application.customer.port.out.CustomerSearch;
import org.opencrm.crm.application.shared.PageRequest;
import org.opencrm.crm.domain.customer.Contact;
import org.opencrm.crm.domain.customer.ContactDetails;
import org.opencrm.crm.domain.customer.Customer;
import org.opencrm.crm.domain.customer.CustomerKind;
import org.opencrm.crm.domain.customer.CustomerProfile;
import org.opencrm.crm.domain.customer.UnifiedSocialCreditCode;
import org.opencrm.crm.domain.shared.DataScope;
import org.opencrm.crm.domain.shared.DuplicateDetectedException;
import org.opencrm.crm.domain.shared.Tags;
import org.opencrm.crm.domain.shared.TeamId;
import org.opencrm.crm.domain.shared.UserId;
import org.opencrm.crm.domain.shared.VersionConflictException;

/**
 * What every {@link CustomerRepository} does, run against the in-memory fake the use-case tests use
 * and against the PostgreSQL adapter, so that the fake cannot drift from the real thing. Every test
 * works in a team and with owners of its own, so it shares a database with others.
 */
public abstract class CustomerRepositoryContract {

  private static final Instant NOW = Instant.parse("2026-11-23T08:00:00Z");

  private final TeamId team = new TeamId("contract-" + UUID.randomUUID());
  private final UserId owner = new UserId("owner-" + UUID.randomUUID());
  private final UserId colleague = new UserId("colleague-" + UUID.randomUUID());

  protected abstract CustomerRepository repository();

  /** The read side over the same customers. */
  protected abstract CustomerSearch search();

  /** Runs the work in a transaction of its own, as a use case would. */
  protected abstract <T> T transaction(Supplier<T> work);

  private Customer save(Customer customer) {
    return transaction(() -> repository().save(customer));
  }

  private Customer stored(String name, UserId by) {
    return save(Customer.create(profile(name, null, Set.of()), by, team, NOW));
  }

  private static CustomerProfile profile(
      String name, UnifiedSocialCreditCode code, Set<String> tags) {
    return new CustomerProfile(
        name, CustomerKind.COMPANY, null, null, null, null, Tags.of(tags), null, null, null, code);
  }

  /**
   * A valid code no other test uses: a random registration number, the check character computed.
   */
  private static UnifiedSocialCreditCode freshCreditCode() {
    return UnifiedSocialCreditCode.withCheckCharacter(
        String.format("91350100%09d", ThreadLocalRandom.current().nextInt(1_000_000_000)));
  }

  private List<String> names(CustomerFilter filter, int limit, DataScope scope) {
    return transaction(
            () ->
                search()
                    .search(
                        filter,
                        new CustomerSort(CustomerSort.Field.NAME, false),
                        new PageRequest(limit, null),
                        scope))
        .items()
        .stream()
        .map(view -> view.profile().name())
        .toList();
  }

  @Nested
  class Saving {

    @Test
    void aNewCustomer_isStoredAtVersionZero_withItsContacts() {
      Customer customer = Customer.create(profile("Acme", null, Set.of("vip")), owner, team, NOW);
      customer.addContact(new ContactDetails("Li Lei", "Buyer", List.of(), null, true, false), NOW);

      Customer saved = save(customer);
      Customer found =
          transaction(() -> repository().find(customer.id(), new DataScope.Everything()))
              .orElseThrow();

      assertThat(saved.version()).isZero();
      assertThat(found.profile()).isEqualTo(customer.profile());
      assertThat(found.owner()).isEqualTo(owner);
      assertThat(found.team()).isEqualTo(team);
      assertThat(found.createdAt()).isEqualTo(NOW);
      assertThat(found.contacts())
          .extracting(Contact::details)
          .containsExactly(customer.contacts().get(0).details());
      assertThat(found.contacts()).extracting(Contact::version).containsExactly(0L);
    }

    @Test
    void aNewCustomerAdded_isStoredAsSavingWouldStoreIt_andChangesLikeAnyOther() {
      Customer customer = Customer.create(profile("Added Co", null, Set.of()), owner, team, NOW);
      customer.addContact(
          new ContactDetails("Han Meimei", null, List.of(), null, true, false), NOW);

      Customer added = transaction(() -> repository().add(customer));
      Customer found =
          transaction(() -> repository().find(customer.id(), new DataScope.Everything()))
              .orElseThrow();

      assertThat(added.version()).isZero();
      assertThat(found.profile()).isEqualTo(customer.profile());
      assertThat(found.contacts()).extracting(Contact::version).containsExactly(0L);
      found.archive(NOW.plusSeconds(1));
      assertThat(save(found).version()).isEqualTo(1);
    }

    @Test
    void aChange_bumpsTheVersion_andOnlyChangedContactsBumpTheirs() {
      Customer customer = Customer.create(profile("Acme", null, Set.of()), owner, team, NOW);
      customer.addContact(new ContactDetails("A", null, List.of(), null, true, false), NOW);
      customer.addContact(new ContactDetails("B", null, List.of(), null, false, false), NOW);
      Customer saved = save(customer);

      Contact changed = saved.contacts().get(1);
      saved.reviseContact(
          changed.id(),
          changed.version(),
          new ContactDetails("B2", null, List.of(), null, false, true),
          NOW.plusSeconds(60));
      Customer again = save(saved);

      assertThat(again.version()).isEqualTo(1);
      assertThat(again.contacts())
          .extracting(c -> c.details().name() + ":" + c.version())
          .containsExactlyInAnyOrder("A:0", "B2:1");
    }

    @Test
    void aStaleVersion_isAConflict_andChangesNothing() {
      Customer first = stored("Acme", owner);
      Customer stale =
          transaction(() -> repository().find(first.id(), new DataScope.Everything()))
              .orElseThrow();
      first.revise(profile("Acme One", null, Set.of()), NOW.plusSeconds(1));
      save(first);

      stale.revise(profile("Acme Two", null, Set.of()), NOW.plusSeconds(2));

      assertThatThrownBy(() -> save(stale)).isInstanceOf(VersionConflictException.class);
      assertThat(
              transaction(() -> repository().find(first.id(), new DataScope.Everything()))
                  .orElseThrow()
                  .profile()
                  .name())
          .isEqualTo("Acme One");
    }

    @Test
    void aCreditCodeOfAnotherCustomer_isTaken() {
      UnifiedSocialCreditCode code = freshCreditCode();
      save(Customer.create(profile("Acme", code, Set.of()), owner, team, NOW));

      assertThatThrownBy(
              () -> save(Customer.create(profile("Acme Copy", code, Set.of()), owner, team, NOW)))
          .isInstanceOf(DuplicateDetectedException.class)
          .hasFieldOrPropertyWithValue("code", UnifiedSocialCreditCode.TAKEN);
    }

    @Test
    void aCustomer_keepsItsOwnCreditCodeAcrossChanges() {
      UnifiedSocialCreditCode code = freshCreditCode();
      Customer saved = save(Customer.create(profile("Acme", code, Set.of()), owner, team, NOW));
      saved.revise(profile("Acme Renamed", code, Set.of()), NOW.plusSeconds(1));

      assertThat(save(saved).profile().creditCode()).isEqualTo(code);
    }
  }

  @Nested
  class Scope {

    @Test
    void aCustomerOutsideTheScope_isNotFound() {
      Customer customer = stored("Acme", owner);

      assertThat(
              transaction(() -> repository().find(customer.id(), new DataScope.OwnRecords(owner))))
          .isPresent();
      assertThat(
              transaction(() -> repository().find(customer.id(), new DataScope.TeamRecords(team))))
          .isPresent();
      assertThat(
              transaction(
                  () -> repository().find(customer.id(), new DataScope.OwnRecords(colleague))))
          .isEmpty();
      assertThat(
              transaction(
                  () ->
                      repository()
                          .find(customer.id(), new DataScope.TeamRecords(new TeamId("other")))))
          .isEmpty();
      assertThat(transaction(() -> repository().find(customer.id(), new DataScope.NoRecords())))
          .isEmpty();
      assertThat(
              transaction(
                  () -> search().findView(customer.id(), new DataScope.OwnRecords(colleague))))
          .isEmpty();
    }

    @Test
    void anArchivedCustomer_isStillFound_butNotListed() {
      Customer customer = stored("Acme", owner);
      customer.archive(NOW.plusSeconds(1));
      save(customer);

      CustomerView view =
          transaction(() -> search().findView(customer.id(), new DataScope.TeamRecords(team)))
              .orElseThrow();
      assertThat(view.archivedAt()).isEqualTo(NOW.plusSeconds(1));
      assertThat(names(CustomerFilter.NONE, 10, new DataScope.TeamRecords(team))).isEmpty();
    }

    @Test
    void aList_holdsOnlyTheScopesCustomers() {
      stored("Alpha", owner);
      stored("Beta", colleague);

      assertThat(names(CustomerFilter.NONE, 10, new DataScope.OwnRecords(owner)))
          .containsExactly("Alpha");
      assertThat(names(CustomerFilter.NONE, 10, new DataScope.TeamRecords(team)))
          .containsExactly("Alpha", "Beta");
      assertThat(names(CustomerFilter.NONE, 10, new DataScope.NoRecords())).isEmpty();
    }
  }

  @Nested
  class Listing {

    @Test
    void byName_upToTheLimit() {
      stored("Gamma", owner);
      stored("Alpha", owner);
      stored("Beta", owner);

      assertThat(names(CustomerFilter.NONE, 2, new DataScope.TeamRecords(team)))
          .containsExactly("Alpha", "Beta");
    }

    @Test
    void filteredByOwnerAndTag() {
      stored("Alpha", owner);
      stored("Beta", colleague);
      save(Customer.create(profile("Gamma", null, Set.of("vip")), colleague, team, NOW));

      DataScope teamScope = new DataScope.TeamRecords(team);
      assertThat(
              names(
                  new CustomerFilter(
                      colleague.value(), null, null, null, null, null, null, null, null, null),
                  10,
                  teamScope))
          .containsExactly("Beta", "Gamma");
      assertThat(
              names(
                  new CustomerFilter(null, null, null, null, null, "VIP", null, null, null, null),
                  10,
                  teamScope))
          .containsExactly("Gamma");
    }
  }
}
