package org.opencrm.crm.domain.deal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.opencrm.crm.domain.customer.CustomerId;
import org.opencrm.crm.domain.shared.InvalidValueException;
import org.opencrm.crm.domain.shared.Money;
import org.opencrm.crm.domain.shared.RuleViolationException;
import org.opencrm.crm.domain.shared.TeamId;
import org.opencrm.crm.domain.shared.UserId;
import org.opencrm.crm.domain.shared.event.DomainEvent;
import org.opencrm.crm.domain.shared.event.RecordedChanges;

class OpportunityTest {

  static final Instant T0 = Instant.parse("2026-12-01T08:00:00Z");
  static final Pipeline PIPELINE = Pipeline.standard(T0);
  static final Stage QUALIFICATION = PIPELINE.stages().get(0);
  static final Stage NEEDS = PIPELINE.stages().get(1);
  static final Stage PROPOSAL = PIPELINE.stages().get(2);
  static final UserId LI = new UserId("li");
  static final TeamId EAST = new TeamId("east");

  static OpportunityDetails details(String amount, LocalDate close) {
    return new OpportunityDetails(
        "ERP rollout",
        amount == null ? null : DealValue.ofAmount(Money.of(amount, "CNY")),
        close,
        "REFERRAL",
        null,
        null,
        List.of());
  }

  static Opportunity fresh(OpportunityDetails details) {
    return Opportunity.open(
        new CustomerId(UUID.randomUUID()), details, PIPELINE, null, LI, EAST, T0);
  }

  @Nested
  class Stages {
    @Test
    void aNewOpportunity_startsInTheFirstStage_open() {
      Opportunity deal = fresh(details(null, null));
      assertThat(deal.stage()).isEqualTo(QUALIFICATION.id());
      assertThat(deal.status()).isEqualTo(OpportunityStatus.OPEN);
      assertThat(deal.visits()).singleElement().extracting(StageVisit::leftAt).isNull();
    }

    @Test
    void enteringAStage_needsWhatItRequires_namingEveryMissingField() {
      Opportunity deal = fresh(details(null, null));
      assertThatThrownBy(() -> deal.moveTo(PROPOSAL.id(), PIPELINE, T0.plusSeconds(60)))
          .isInstanceOf(StageRequirementsException.class)
          .hasFieldOrPropertyWithValue("code", StageRequirementsException.CODE)
          .hasFieldOrPropertyWithValue("missingFields", List.of("amount", "expectedCloseDate"));
      assertThat(deal.stage()).isEqualTo(QUALIFICATION.id());

      deal.revise(details("120000.00", LocalDate.parse("2027-03-31")), PIPELINE, T0);
      deal.moveTo(PROPOSAL.id(), PIPELINE, T0.plusSeconds(60));
      assertThat(deal.stage()).isEqualTo(PROPOSAL.id());
    }

    @Test
    void movingBackwards_isAllowed_andEveryVisitKeepsItsTimes() {
      Opportunity deal = fresh(details("10.00", LocalDate.parse("2027-01-01")));
      deal.moveTo(PROPOSAL.id(), PIPELINE, T0.plus(Duration.ofDays(2)));
      deal.moveTo(NEEDS.id(), PIPELINE, T0.plus(Duration.ofDays(5)));
      deal.moveTo(NEEDS.id(), PIPELINE, T0.plus(Duration.ofDays(6)));

      assertThat(deal.visits())
          .extracting(StageVisit::stage)
          .containsExactly(QUALIFICATION.id(), PROPOSAL.id(), NEEDS.id());
      assertThat(deal.visits().get(1).timeIn(T0)).isEqualTo(Duration.ofDays(3));
      assertThat(deal.visits().get(2).timeIn(T0.plus(Duration.ofDays(9))))
          .isEqualTo(Duration.ofDays(4));
    }

    @Test
    void aRevision_cannotClearWhatTheCurrentStageRequires() {
      Opportunity deal = fresh(details("10.00", LocalDate.parse("2027-01-01")));
      deal.moveTo(PROPOSAL.id(), PIPELINE, T0);
      assertThatThrownBy(
              () -> deal.revise(details(null, LocalDate.parse("2027-01-01")), PIPELINE, T0))
          .hasFieldOrPropertyWithValue("code", StageRequirementsException.CODE)
          .hasFieldOrPropertyWithValue("field", "amount");
    }

    @Test
    void wonAndLost_areNotReachedByAMove_norAreOtherPipelinesStages() {
      Opportunity deal = fresh(details(null, null));
      assertThatThrownBy(() -> deal.moveTo(PIPELINE.won().id(), PIPELINE, T0))
          .hasFieldOrPropertyWithValue("code", Opportunity.CLOSED_STAGE);
      assertThatThrownBy(() -> deal.moveTo(StageId.newId(), PIPELINE, T0))
          .isInstanceOf(InvalidValueException.class)
          .hasFieldOrPropertyWithValue("code", Pipeline.STAGE_UNKNOWN);
    }
  }

  @Nested
  class Closing {
    @Test
    void aLoss_needsAReason_andAClosedDealMovesNoMore() {
      Opportunity deal = fresh(details(null, null));
      assertThatThrownBy(() -> deal.lose(" ", PIPELINE, T0))
          .hasFieldOrPropertyWithValue("field", "reason");
      deal.lose("Price", PIPELINE, T0.plusSeconds(1));
      assertThat(deal.status()).isEqualTo(OpportunityStatus.LOST);
      assertThat(deal.stage()).isEqualTo(PIPELINE.lost().id());
      assertThat(deal.lostReason()).isEqualTo("Price");
      assertThatThrownBy(() -> deal.moveTo(NEEDS.id(), PIPELINE, T0))
          .isInstanceOf(RuleViolationException.class)
          .hasFieldOrPropertyWithValue("code", Opportunity.NOT_OPEN);
      assertThatThrownBy(() -> deal.win(PIPELINE, T0))
          .hasFieldOrPropertyWithValue("code", Opportunity.NOT_OPEN);
    }

    @Test
    void aReopenedDeal_goesBackToTheLastOpenStageItWasIn() {
      Opportunity deal = fresh(details("10.00", LocalDate.parse("2027-01-01")));
      deal.moveTo(PROPOSAL.id(), PIPELINE, T0.plusSeconds(1));
      deal.win(PIPELINE, T0.plusSeconds(2));
      assertThat(deal.stage()).isEqualTo(PIPELINE.won().id());

      deal.reopen(PIPELINE, T0.plusSeconds(3));
      assertThat(deal.status()).isEqualTo(OpportunityStatus.OPEN);
      assertThat(deal.stage()).isEqualTo(PROPOSAL.id());
      assertThatThrownBy(() -> deal.reopen(PIPELINE, T0))
          .hasFieldOrPropertyWithValue("code", Opportunity.NOT_CLOSED);
    }
  }

  @Nested
  class Events {
    @Test
    void eachStep_recordsItsEvent_namingWhatItTouched() {
      Opportunity deal = fresh(details("10.00", LocalDate.parse("2027-01-01")));
      RecordedChanges opened = deal.takeRecordedChanges();
      assertThat(opened.creation()).isTrue();
      assertThat(opened.events()).singleElement().isInstanceOf(OpportunityEvent.Opened.class);
      assertThat(opened.events().get(0).references()).containsEntry("ownerId", "li");

      deal.moveTo(PROPOSAL.id(), PIPELINE, T0.plusSeconds(1));
      deal.moveTo(PROPOSAL.id(), PIPELINE, T0.plusSeconds(2));
      deal.lose("Price", PIPELINE, T0.plusSeconds(3));
      deal.reopen(PIPELINE, T0.plusSeconds(4));
      deal.win(PIPELINE, T0.plusSeconds(5));
      deal.transferTo(new UserId("han"), EAST, T0.plusSeconds(6));
      RecordedChanges later = deal.takeRecordedChanges();

      assertThat(later.events())
          .extracting(DomainEvent::type)
          .containsExactly(
              "opportunity.stage-changed",
              "opportunity.lost",
              "opportunity.reopened",
              "opportunity.won",
              "opportunity.transferred");
      assertThat(later.events().get(0).references())
          .containsEntry("fromStageId", QUALIFICATION.id().toString())
          .containsEntry("toStageId", PROPOSAL.id().toString());
      assertThat(((OpportunityEvent.Lost) later.events().get(1)).reason()).isEqualTo("Price");
      assertThat(later.events().get(4).references()).containsEntry("previousOwnerId", "li");
      assertThat(later.before()).containsEntry("status", "OPEN");
    }
  }

  @Test
  void theWeightedAmount_isTheValueTimesTheStagesProbability_halfUpToTheCent() {
    Opportunity deal = fresh(details("333.35", LocalDate.parse("2027-01-01")));
    // 333.35 × 10 % = 33.335 → 33.34
    assertThat(deal.weightedAmount(PIPELINE)).contains(Money.of("33.34", "CNY"));
    deal.moveTo(PROPOSAL.id(), PIPELINE, T0);
    assertThat(deal.weightedAmount(PIPELINE)).contains(Money.of("166.68", "CNY"));
    assertThat(fresh(details(null, null)).weightedAmount(PIPELINE)).isEmpty();
  }

  @Test
  void aContact_isNamedOnce() {
    UUID contact = UUID.randomUUID();
    assertThatThrownBy(
            () ->
                new OpportunityDetails(
                    "X",
                    null,
                    null,
                    null,
                    null,
                    null,
                    List.of(new DealContact(contact, "buyer"), new DealContact(contact, "user"))))
        .hasFieldOrPropertyWithValue("code", OpportunityDetails.DUPLICATE_CONTACT)
        .hasFieldOrPropertyWithValue("field", "contacts[1].contactId");
  }
}
