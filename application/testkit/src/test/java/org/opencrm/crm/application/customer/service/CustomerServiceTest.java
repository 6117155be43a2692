package org.opencrm.crm.application.customer.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.opencrm.crm.application.customer.CustomerView;
import org.opencrm.crm.application.customer.port.in.AddContactCommand;
import org.opencrm.crm.application.customer.port.in.ArchiveCustomerCommand;
import org.opencrm.crm.application.customer.port.in.CreateCustomerCommand;
import org.opencrm.crm.application.customer.port.in.CustomerPatch;
import org.opencrm.crm.application.customer.port.in.UpdateCustomerCommand;
import org.opencrm.crm.application.event.service.ChangePublisher;
import org.opencrm.crm.application.fakes.InMemoryChangeHistory;
import org.opencrm.crm.application.fakes.InMemoryChangeJournal;
import org.opencrm.crm.application.fakes.InMemoryCustomerRepository;
import org.opencrm.crm.application.fakes.InMemoryEventOutbox;
import org.opencrm.crm.application.fakes.InMemoryUserRepository;
import org.opencrm.crm.application.fakes.MutableClock;
import org.opencrm.crm.application.shared.PatchField;
import org.opencrm.crm.domain.customer.ContactDetails;
import org.opencrm.crm.domain.customer.CustomerKind;
import org.opencrm.crm.domain.customer.CustomerProfile;
import org.opencrm.crm.domain.customer.UnifiedSocialCreditCode;
import org.opencrm.crm.domain.shared.AccessDeniedException;
import org.opencrm.crm.domain.shared.Actor;
import org.opencrm.crm.domain.shared.ActorKind;
import org.opencrm.crm.domain.shared.DuplicateDetectedException;
import org.opencrm.crm.domain.shared.RecordNotFoundException;
import org.opencrm.crm.domain.shared.Role;
import org.opencrm.crm.domain.shared.TeamId;
import org.opencrm.crm.domain.shared.UserId;
import org.opencrm.crm.domain.shared.VersionConflictException;
import org.opencrm.crm.domain.shared.history.ChangeRecord;
import org.opencrm.crm.domain.shared.history.FieldChange;

class CustomerServiceTest {

  private static final Actor LI = actor("li", "east", Role.SALES);
  private static final Actor HAN = actor("han", "east", Role.SALES);
  private static final Actor WANG = actor("wang", "east", Role.MANAGER);
  private static final Actor ADMIN = actor("root", null, Role.ADMIN);

  private final InMemoryCustomerRepository customers = new InMemoryCustomerRepository();
  private final InMemoryChangeHistory history = new InMemoryChangeHistory();
  private final MutableClock clock = new MutableClock(Instant.parse("2026-11-23T08:00:00Z"));
  private final CustomerLoader loader = new CustomerLoader(customers, customers);
  private final InMemoryEventOutbox outbox = new InMemoryEventOutbox();
  private final AuditedCustomerSaves saves =
      new AuditedCustomerSaves(
          customers, new ChangePublisher(new InMemoryChangeJournal(history, outbox)));
  private final InMemoryUserRepository users =
      new InMemoryUserRepository().signedIn(LI, HAN, WANG, ADMIN);
  private final CustomerService service = new CustomerService(loader, saves, users, clock);
  private final ContactService contacts = new ContactService(loader, saves, clock);

  private static Actor actor(String id, String team, Role role) {
    return new Actor(
        new UserId(id), id, Set.of(role), team == null ? null : new TeamId(team), ActorKind.USER);
  }

  private static CustomerProfile profile(String name, UnifiedSocialCreditCode code) {
    return new CustomerProfile(
        name, CustomerKind.COMPANY, null, null, null, null, null, null, null, null, code);
  }

  private CustomerView create(Actor actor, String name) {
    return service.create(new CreateCustomerCommand(actor, profile(name, null), null, null));
  }

  private static CustomerPatch patch(PatchField<String> notes, PatchField<String> owner) {
    return new CustomerPatch(
        PatchField.absent(),
        PatchField.absent(),
        PatchField.absent(),
        PatchField.absent(),
        PatchField.absent(),
        PatchField.absent(),
        PatchField.absent(),
        PatchField.absent(),
        PatchField.absent(),
        PatchField.absent(),
        notes,
        PatchField.absent(),
        owner,
        PatchField.absent());
  }

  @Nested
  class Create {
    @Test
    void create_ownsTheCustomerByTheCaller_andRecordsCreation() {
      CustomerView created = create(LI, "Acme");

      assertThat(created.ownerId()).isEqualTo("li");
      assertThat(created.team()).isEqualTo("east");
      ChangeRecord record = history.all().get(0);
      assertThat(record.action()).isEqualTo("CREATED");
      assertThat(record.actorId()).isEqualTo("li");
      assertThat(record.changes()).contains(new FieldChange("name", null, "Acme"));
    }

    @Test
    void create_withATakenCreditCode_isRefused_andStoresNothing() {
      UnifiedSocialCreditCode code = new UnifiedSocialCreditCode("91350100M000100Y43");
      service.create(new CreateCustomerCommand(HAN, profile("First", code), null, null));

      assertThatThrownBy(
              () ->
                  service.create(
                      new CreateCustomerCommand(LI, profile("Second", code), null, null)))
          .isInstanceOf(DuplicateDetectedException.class);
      assertThat(customers.size()).isEqualTo(1);
    }

    @Test
    void create_forAColleague_needsAManager() {
      assertThatThrownBy(
              () -> service.create(new CreateCustomerCommand(LI, profile("X", null), "han", null)))
          .isInstanceOf(AccessDeniedException.class);
      CustomerView forHan =
          service.create(new CreateCustomerCommand(WANG, profile("Y", null), "han", null));
      assertThat(forHan.ownerId()).isEqualTo("han");
    }
  }

  @Nested
  class Update {
    @Test
    void update_recordsOnlyTheChangedFields_withOldAndNewValues() {
      CustomerView created = create(LI, "Acme");
      clock.advance(Duration.ofMinutes(5));

      CustomerView updated =
          service.update(
              new UpdateCustomerCommand(
                  LI, created.id(), 0, patch(PatchField.of("call back"), PatchField.absent())));

      assertThat(updated.version()).isEqualTo(1);
      assertThat(updated.updatedAt()).isEqualTo(clock.instant());
      ChangeRecord record = history.all().get(1);
      assertThat(record.action()).isEqualTo("UPDATED");
      assertThat(record.changes()).containsExactly(new FieldChange("notes", null, "call back"));
    }

    @Test
    void update_withNothingChanged_recordsNothing() {
      CustomerView created = create(LI, "Acme");
      service.update(
          new UpdateCustomerCommand(
              LI, created.id(), 0, patch(PatchField.absent(), PatchField.absent())));
      assertThat(history.all()).hasSize(1);
    }

    @Test
    void update_onAStaleVersion_isRefused() {
      CustomerView created = create(LI, "Acme");
      service.update(
          new UpdateCustomerCommand(
              LI, created.id(), 0, patch(PatchField.of("a"), PatchField.absent())));
      assertThatThrownBy(
              () ->
                  service.update(
                      new UpdateCustomerCommand(
                          LI, created.id(), 0, patch(PatchField.of("b"), PatchField.absent()))))
          .isInstanceOf(VersionConflictException.class);
    }

    @Test
    void update_ofAnotherRepsCustomer_isNotFound() {
      CustomerView created = create(LI, "Acme");
      assertThatThrownBy(
              () ->
                  service.update(
                      new UpdateCustomerCommand(
                          HAN, created.id(), 0, patch(PatchField.of("x"), PatchField.absent()))))
          .isInstanceOf(RecordNotFoundException.class);
    }

    @Test
    void managerHandover_movesOwnership() {
      CustomerView created = create(LI, "Acme");
      CustomerView moved =
          service.update(
              new UpdateCustomerCommand(
                  WANG, created.id(), 0, patch(PatchField.absent(), PatchField.of("han"))));
      assertThat(moved.ownerId()).isEqualTo("han");
      assertThat(history.all().get(1).changes())
          .containsExactly(new FieldChange("ownerId", "li", "han"));
    }
  }

  @Nested
  class Archive {
    @Test
    void archivedCustomer_isGoneForItsOwner_butNotForAdmins() {
      CustomerView created = create(LI, "Acme");
      service.archive(new ArchiveCustomerCommand(LI, created.id(), 0));

      assertThatThrownBy(() -> loader.load(LI, created.id()))
          .isInstanceOf(RecordNotFoundException.class);
      assertThat(loader.load(ADMIN, created.id()).isArchived()).isTrue();
      assertThat(history.all())
          .extracting(ChangeRecord::action)
          .containsExactly("CREATED", "ARCHIVED");
    }
  }

  @Nested
  class Contacts {
    @Test
    void addContact_isRecordedInTheCustomersHistory() {
      CustomerView created = create(LI, "Acme");
      contacts.add(
          new AddContactCommand(
              LI, created.id(), new ContactDetails("Zhao", null, List.of(), null, false, true)));

      ChangeRecord record = history.all().get(1);
      assertThat(record.action()).isEqualTo("CONTACT_ADDED");
      assertThat(record.aggregateId()).isEqualTo(created.id());
      assertThat(record.changes())
          .extracting(FieldChange::field)
          .anyMatch(f -> f.endsWith(".marketingConsent"));
    }
  }
}
