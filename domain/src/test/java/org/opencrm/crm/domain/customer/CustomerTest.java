package org.opencrm.crm.domain.customer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.opencrm.crm.domain.shared.AccessDeniedException;
import org.opencrm.crm.domain.shared.Actor;
import org.opencrm.crm.domain.shared.ActorKind;
import org.opencrm.crm.domain.shared.EmailAddress;
import org.opencrm.crm.domain.shared.InvalidValueException;
import org.opencrm.crm.domain.shared.PhoneNumber;
import org.opencrm.crm.domain.shared.RecordNotFoundException;
import org.opencrm.crm.domain.shared.Region;
import org.opencrm.crm.domain.shared.Role;
import org.opencrm.crm.domain.shared.RuleViolationException;
import org.opencrm.crm.domain.shared.SourceChannel;
import org.opencrm.crm.domain.shared.Tags;
import org.opencrm.crm.domain.shared.TeamId;
import org.opencrm.crm.domain.shared.UserId;
import org.opencrm.crm.domain.shared.VersionConflictException;

class CustomerTest {

  private static final Instant T0 = Instant.parse("2026-11-01T08:00:00Z");
  private static final Instant T1 = Instant.parse("2026-11-02T08:00:00Z");
  private static final UserId LI = new UserId("li");
  private static final TeamId EAST = new TeamId("east");

  static CustomerProfile profile(String name) {
    return new CustomerProfile(
        name,
        CustomerKind.COMPANY,
        "Manufacturing",
        SizeBand.MEDIUM,
        new Region("浙江", "杭州"),
        SourceChannel.REFERRAL,
        Tags.of(List.of("vip")),
        Importance.KEY,
        DemandStatus.TARGET,
        null,
        null);
  }

  static ContactDetails contact(String name, boolean primary) {
    return new ContactDetails(
        name,
        "Buyer",
        List.of(PhoneNumber.parse("13800138000", "CN")),
        new EmailAddress(name + "@example.com"),
        primary,
        false);
  }

  private static Customer aCustomer() {
    return Customer.create(profile("杭州钢铁有限公司"), LI, EAST, T0);
  }

  @Nested
  class Create {
    @Test
    void create_appliesDefaultsAndStampsTimes() {
      Customer customer =
          Customer.create(
              new CustomerProfile(
                  "Acme", null, null, null, null, null, null, null, null, null, null),
              LI,
              EAST,
              T0);

      assertThat(customer.profile().kind()).isEqualTo(CustomerKind.COMPANY);
      assertThat(customer.profile().importance()).isEqualTo(Importance.NORMAL);
      assertThat(customer.profile().demandStatus()).isEqualTo(DemandStatus.POTENTIAL);
      assertThat(customer.createdAt()).isEqualTo(T0);
      assertThat(customer.version()).isZero();
      assertThat(customer.isArchived()).isFalse();
    }

    @Test
    void create_person_withCreditCode_isRejected() {
      assertThatThrownBy(
              () ->
                  new CustomerProfile(
                      "张三",
                      CustomerKind.PERSON,
                      null,
                      null,
                      null,
                      null,
                      null,
                      null,
                      null,
                      null,
                      new UnifiedSocialCreditCode("91350100M000100Y43")))
          .isInstanceOf(InvalidValueException.class)
          .extracting(e -> ((InvalidValueException) e).code())
          .isEqualTo(CustomerProfile.CREDIT_CODE_FOR_PERSON);
    }
  }

  @Nested
  class Revise {
    @Test
    void revise_changesProfileAndUpdatedAt() {
      Customer customer = aCustomer();
      customer.revise(profile("杭州钢铁集团"), T1);
      assertThat(customer.profile().name()).isEqualTo("杭州钢铁集团");
      assertThat(customer.updatedAt()).isEqualTo(T1);
    }

    @Test
    void revise_withSameProfile_keepsUpdatedAt() {
      Customer customer = aCustomer();
      customer.revise(profile("杭州钢铁有限公司"), T1);
      assertThat(customer.updatedAt()).isEqualTo(T0);
    }

    @Test
    void checkVersion_whenStale_isRejected() {
      assertThatThrownBy(() -> aCustomer().checkVersion(3))
          .isInstanceOf(VersionConflictException.class);
    }
  }

  @Nested
  class Archive {
    @Test
    void archive_thenAnyChange_isRejected() {
      Customer customer = aCustomer();
      customer.archive(T1);

      assertThat(customer.archivedAt()).isEqualTo(T1);
      assertThatThrownBy(() -> customer.revise(profile("x"), T1))
          .isInstanceOf(RuleViolationException.class)
          .extracting(e -> ((RuleViolationException) e).code())
          .isEqualTo(Customer.ARCHIVED);
      assertThatThrownBy(() -> customer.archive(T1)).isInstanceOf(RuleViolationException.class);
      assertThatThrownBy(() -> customer.addContact(contact("li", false), T1))
          .isInstanceOf(RuleViolationException.class);
    }
  }

  @Nested
  class Contacts {
    @Test
    void firstContact_becomesPrimary() {
      Customer customer = aCustomer();
      Contact first = customer.addContact(contact("zhao", false), T1);
      assertThat(first.isPrimary()).isTrue();
      assertThat(customer.updatedAt()).isEqualTo(T1);
    }

    @Test
    void newPrimaryContact_demotesThePreviousOne() {
      Customer customer = aCustomer();
      Contact first = customer.addContact(contact("zhao", false), T0);
      Contact second = customer.addContact(contact("qian", true), T1);

      assertThat(customer.contact(first.id()).isPrimary()).isFalse();
      assertThat(customer.contact(second.id()).isPrimary()).isTrue();
    }

    @Test
    void reviseContact_toPrimary_demotesOthers() {
      Customer customer = aCustomer();
      Contact first = customer.addContact(contact("zhao", false), T0);
      Contact second = customer.addContact(contact("qian", false), T0);

      customer.reviseContact(second.id(), 0, contact("qian", true), T1);

      assertThat(customer.contacts())
          .filteredOn(Contact::isPrimary)
          .extracting(Contact::id)
          .containsExactly(second.id());
      assertThat(customer.contact(first.id()).updatedAt()).isEqualTo(T1);
    }

    @Test
    void reviseContact_withStaleVersion_isRejected() {
      Customer customer = aCustomer();
      Contact first = customer.addContact(contact("zhao", false), T0);
      assertThatThrownBy(() -> customer.reviseContact(first.id(), 7, contact("zhao", true), T1))
          .isInstanceOf(VersionConflictException.class);
    }

    @Test
    void removePrimaryContact_promotesTheNextOne() {
      Customer customer = aCustomer();
      Contact first = customer.addContact(contact("zhao", true), T0);
      Contact second = customer.addContact(contact("qian", false), T0);

      customer.removeContact(first.id(), 0, T1);

      assertThat(customer.contacts()).extracting(Contact::id).containsExactly(second.id());
      assertThat(customer.contact(second.id()).isPrimary()).isTrue();
    }

    @Test
    void unknownContact_isNotFound() {
      assertThatThrownBy(() -> aCustomer().removeContact(ContactId.newId(), 0, T1))
          .isInstanceOf(RecordNotFoundException.class);
    }

    @Test
    void contact_withMoreThanFivePhones_isRejected() {
      List<PhoneNumber> phones =
          List.of(
              new PhoneNumber("+8613800000001"),
              new PhoneNumber("+8613800000002"),
              new PhoneNumber("+8613800000003"),
              new PhoneNumber("+8613800000004"),
              new PhoneNumber("+8613800000005"),
              new PhoneNumber("+8613800000006"));
      assertThatThrownBy(() -> new ContactDetails("zhao", null, phones, null, false, false))
          .isInstanceOf(InvalidValueException.class);
    }
  }

  @Nested
  class Audit {
    @Test
    void auditState_flattensProfileOwnershipAndContacts() {
      Customer customer = aCustomer();
      Contact zhao = customer.addContact(contact("zhao", false), T0);

      assertThat(customer.auditState())
          .containsEntry("name", "杭州钢铁有限公司")
          .containsEntry("region.city", "杭州")
          .containsEntry("tags", "vip")
          .containsEntry("ownerId", "li")
          .containsEntry("contacts." + zhao.id() + ".phones", "+8613800138000")
          .containsEntry("contacts." + zhao.id() + ".primary", "true")
          .doesNotContainKey("notes");
    }
  }

  @Nested
  class OwnerChange {
    private final Actor manager =
        new Actor(new UserId("wang"), "Wang", Set.of(Role.MANAGER), EAST, ActorKind.USER);

    @Test
    void manager_mayHandToOwnTeam() {
      OwnerChangeRule.check(manager, EAST);
      Customer customer = aCustomer();
      customer.transferTo(new UserId("han"), EAST, T1);
      assertThat(customer.owner()).isEqualTo(new UserId("han"));
    }

    @Test
    void manager_mayNotHandToAnotherTeam() {
      assertThatThrownBy(() -> OwnerChangeRule.check(manager, new TeamId("north")))
          .isInstanceOf(AccessDeniedException.class)
          .extracting(e -> ((AccessDeniedException) e).code())
          .isEqualTo(OwnerChangeRule.OTHER_TEAM);
    }

    @Test
    void salesRep_mayNotChangeOwner() {
      Actor rep = new Actor(LI, "Li", Set.of(Role.SALES), EAST, ActorKind.USER);
      assertThatThrownBy(() -> OwnerChangeRule.check(rep, EAST))
          .isInstanceOf(AccessDeniedException.class)
          .extracting(e -> ((AccessDeniedException) e).code())
          .isEqualTo(OwnerChangeRule.NOT_ALLOWED);
    }
  }
}
