package org.opencrm.crm.domain.lead;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.opencrm.crm.domain.shared.EmailAddress;
import org.opencrm.crm.domain.shared.InvalidValueException;
import org.opencrm.crm.domain.shared.PhoneNumber;
import org.opencrm.crm.domain.shared.RuleViolationException;
import org.opencrm.crm.domain.shared.SourceChannel;
import org.opencrm.crm.domain.shared.TeamId;
import org.opencrm.crm.domain.shared.UserId;
import org.opencrm.crm.domain.shared.VersionConflictException;

class LeadTest {

  static final Instant T0 = Instant.parse("2026-11-01T08:00:00Z");
  static final Instant T1 = Instant.parse("2026-11-02T08:00:00Z");
  static final UserId LI = new UserId("li");
  static final UserId HAN = new UserId("han");
  static final TeamId EAST = new TeamId("east");

  static LeadProfile profile() {
    return new LeadProfile(
        "王小明",
        "杭州西湖科技有限公司",
        "CTO",
        List.of(PhoneNumber.parse("13800138000", "CN")),
        new EmailAddress("Wang@Example.com"),
        null,
        SourceChannel.WEB_FORM,
        "Manufacturing",
        null,
        null,
        null,
        null);
  }

  static Lead pooled() {
    return Lead.pooled(profile(), T0);
  }

  static Lead heldByLi() {
    return Lead.heldBy(profile(), LI, EAST, T0);
  }

  @Nested
  class Profile {
    @Test
    void aLeadWithoutPersonOrCompany_isRejected() {
      assertThatThrownBy(
              () ->
                  new LeadProfile(
                      " ", null, null, null, null, null, null, null, null, null, null, null))
          .isInstanceOf(InvalidValueException.class)
          .hasFieldOrPropertyWithValue("code", LeadProfile.NAMELESS);
    }

    @Test
    void repeatedPhones_areKeptOnce_andMoreThanFive_areRejected() {
      PhoneNumber phone = PhoneNumber.parse("13800138000", "CN");
      LeadProfile twice =
          new LeadProfile(
              "A",
              null,
              null,
              List.of(phone, phone),
              null,
              null,
              null,
              null,
              null,
              null,
              null,
              null);
      assertThat(twice.phones()).containsExactly(phone);
      List<PhoneNumber> six =
          List.of(
                  "13800138001",
                  "13800138002",
                  "13800138003",
                  "13800138004",
                  "13800138005",
                  "13800138006")
              .stream()
              .map(n -> PhoneNumber.parse(n, "CN"))
              .toList();
      assertThatThrownBy(
              () ->
                  new LeadProfile(
                      "A", null, null, six, null, null, null, null, null, null, null, null))
          .hasFieldOrPropertyWithValue("code", LeadProfile.TOO_MANY_PHONES);
    }

    @Test
    void sourceDefaultsToOther() {
      assertThat(
              new LeadProfile("A", null, null, null, null, null, null, null, null, null, null, null)
                  .source())
          .isEqualTo(SourceChannel.OTHER);
    }
  }

  @Nested
  class Claim {
    @Test
    void claim_fromThePool_makesTheRepTheOwner() {
      Lead lead = pooled();
      lead.claim(LI, EAST, T1);
      assertThat(lead.status()).isEqualTo(LeadStatus.OWNED);
      assertThat(lead.owner()).isEqualTo(LI);
      assertThat(lead.team()).isEqualTo(EAST);
      assertThat(lead.heldSince()).isEqualTo(T1);
      assertThat(lead.updatedAt()).isEqualTo(T1);
    }

    @Test
    void claim_whenHeld_isRejected() {
      Lead lead = heldByLi();
      assertThatThrownBy(() -> lead.claim(HAN, EAST, T1))
          .isInstanceOf(RuleViolationException.class)
          .hasFieldOrPropertyWithValue("code", Lead.NOT_IN_POOL);
    }

    @Test
    void claim_whenConverted_isRejected() {
      Lead lead = heldByLi();
      lead.convertInto(UUID.randomUUID(), T1);
      assertThatThrownBy(() -> lead.claim(HAN, EAST, T1))
          .hasFieldOrPropertyWithValue("code", Lead.ALREADY_CONVERTED);
    }
  }

  @Nested
  class Release {
    @Test
    void release_returnsTheLeadToThePool_withoutOwner() {
      Lead lead = heldByLi();
      lead.followedUp(T0, T0);
      lead.release("not my region", T1);
      assertThat(lead.status()).isEqualTo(LeadStatus.POOL);
      assertThat(lead.owner()).isNull();
      assertThat(lead.team()).isNull();
      assertThat(lead.heldSince()).isNull();
      assertThat(lead.lastFollowUpAt()).isNull();
    }

    @Test
    void release_withoutReason_isRejected() {
      assertThatThrownBy(() -> heldByLi().release("  ", T1))
          .isInstanceOf(InvalidValueException.class)
          .hasFieldOrPropertyWithValue("field", "reason");
    }

    @Test
    void release_ofAPooledLead_isRejected() {
      assertThatThrownBy(() -> pooled().release("why", T1))
          .hasFieldOrPropertyWithValue("code", Lead.NOT_HELD);
    }

    @Test
    void returnToPool_ofAPooledLead_isRejected() {
      assertThatThrownBy(() -> pooled().returnToPool("overdue", T1))
          .hasFieldOrPropertyWithValue("code", Lead.NOT_HELD);
    }
  }

  @Nested
  class Assign {
    @Test
    void assign_movesAHeldLeadToAnotherRep_andRestartsItsClock() {
      Lead lead = heldByLi();
      lead.assign(HAN, EAST, T1);
      assertThat(lead.owner()).isEqualTo(HAN);
      assertThat(lead.heldSince()).isEqualTo(T1);
    }

    @Test
    void assign_toTheCurrentOwner_isRejected() {
      assertThatThrownBy(() -> heldByLi().assign(LI, EAST, T1))
          .hasFieldOrPropertyWithValue("code", Lead.ALREADY_HELD);
    }
  }

  @Nested
  class Close {
    @Test
    void disqualify_keepsTheReason_andFreezesTheLead() {
      Lead lead = pooled();
      lead.disqualify("student, no budget", T1);
      assertThat(lead.status()).isEqualTo(LeadStatus.DISQUALIFIED);
      assertThat(lead.closeReason()).isEqualTo("student, no budget");
      assertThatThrownBy(() -> lead.claim(LI, EAST, T1))
          .hasFieldOrPropertyWithValue("code", Lead.CLOSED);
      assertThatThrownBy(() -> lead.revise(profile(), T1))
          .hasFieldOrPropertyWithValue("code", Lead.CLOSED);
    }

    @Test
    void convert_needsAHeldLead() {
      assertThatThrownBy(() -> pooled().convertInto(UUID.randomUUID(), T1))
          .hasFieldOrPropertyWithValue("code", Lead.NOT_HELD);
    }

    @Test
    void convertingTwice_isRejected() {
      Lead lead = heldByLi();
      UUID customer = UUID.randomUUID();
      lead.convertInto(customer, T1);
      assertThat(lead.customerId()).isEqualTo(customer);
      assertThatThrownBy(() -> lead.convertInto(UUID.randomUUID(), T1))
          .hasFieldOrPropertyWithValue("code", Lead.ALREADY_CONVERTED);
    }
  }

  @Test
  void followUp_movesTheClockForwardOnly() {
    Lead lead = heldByLi();
    lead.followedUp(T1, T1);
    lead.followedUp(T0, T1);
    assertThat(lead.lastFollowUpAt()).isEqualTo(T1);
  }

  @Test
  void staleVersion_isRejected() {
    assertThatThrownBy(() -> heldByLi().checkVersion(3))
        .isInstanceOf(VersionConflictException.class);
  }

  @Test
  void auditState_namesOwnershipAndStatus() {
    Lead lead = heldByLi();
    assertThat(lead.auditState())
        .containsEntry("status", "OWNED")
        .containsEntry("ownerId", "li")
        .containsEntry("phones", "+8613800138000")
        .containsEntry("email", "wang@example.com");
  }
}
