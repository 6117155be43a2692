package org.opencrm.crm.domain.lead;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencrm.crm.domain.lead.LeadTest.EAST;
import static org.opencrm.crm.domain.lead.LeadTest.HAN;
import static org.opencrm.crm.domain.lead.LeadTest.LI;
import static org.opencrm.crm.domain.lead.LeadTest.T0;
import static org.opencrm.crm.domain.lead.LeadTest.T1;

import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.opencrm.crm.domain.shared.event.DomainEvent;
import org.opencrm.crm.domain.shared.event.RecordedChanges;
import org.opencrm.crm.domain.shared.event.ReportedChange;

/** The events a lead records as it changes, and what they reveal of the person behind it. */
class LeadEventsTest {

  static Lead saved(Lead lead) {
    lead.takeRecordedChanges();
    return lead;
  }

  @Test
  void aCapturedLead_recordsOneEvent_fromNothing_withThePersonMasked() {
    RecordedChanges recorded = LeadTest.pooled().takeRecordedChanges();
    assertThat(recorded.before()).isEmpty();
    DomainEvent captured = recorded.events().get(0);
    assertThat(recorded.events()).hasSize(1);
    assertThat(captured).isInstanceOf(LeadEvent.Captured.class);
    assertThat(captured.type()).isEqualTo("lead.captured");
    assertThat(captured.historyAction()).isEqualTo("CAPTURED");
    assertThat(captured.references()).isEmpty();
    assertThat(captured.changes())
        .contains(new ReportedChange("company", null, "杭州西湖科技有限公司", false))
        .contains(new ReportedChange("personName", null, null, true))
        .contains(new ReportedChange("phones", null, null, true))
        .contains(new ReportedChange("email", null, null, true))
        .contains(new ReportedChange("status", null, "POOL", false));
  }

  @Test
  void onlyTheFirstChangesOfANewLead_areItsCreation() {
    Lead lead = LeadTest.pooled();
    assertThat(lead.takeRecordedChanges().creation()).isTrue();
    lead.claim(HAN, EAST, T1);
    assertThat(lead.takeRecordedChanges().creation()).isFalse();
  }

  @Test
  void aLeadCapturedByARep_namesItsHolder() {
    DomainEvent captured = LeadTest.heldByLi().takeRecordedChanges().events().get(0);
    assertThat(captured.references()).isEqualTo(Map.of("ownerId", "li", "team", "east"));
  }

  @Test
  void aClaim_recordsWhoTookItAndFromWhichState() {
    Lead lead = saved(LeadTest.pooled());
    lead.claim(HAN, EAST, T1);
    RecordedChanges recorded = lead.takeRecordedChanges();
    assertThat(recorded.before()).containsEntry("status", "POOL");
    assertThat(recorded.events())
        .singleElement()
        .isEqualTo(
            new LeadEvent.Claimed(
                lead.id(),
                HAN,
                EAST,
                T1,
                java.util.List.of(
                    new ReportedChange("ownerId", null, "han", false),
                    new ReportedChange("status", "POOL", "OWNED", false),
                    new ReportedChange("team", null, "east", false))));
  }

  @Test
  void aReassignment_namesThePreviousHolder() {
    Lead lead = saved(LeadTest.heldByLi());
    lead.assign(HAN, EAST, T1);
    DomainEvent assigned = lead.takeRecordedChanges().events().get(0);
    assertThat(assigned.references())
        .isEqualTo(Map.of("ownerId", "han", "team", "east", "previousOwnerId", "li"));
  }

  @Test
  void aReleaseAndAnAutomaticReturn_carryTheirReasons() {
    Lead released = saved(LeadTest.heldByLi());
    released.release("wrong region", T1);
    DomainEvent release = released.takeRecordedChanges().events().get(0);
    assertThat(release.type()).isEqualTo("lead.released");
    assertThat(release.reason()).isEqualTo("wrong region");
    assertThat(release.references()).isEqualTo(Map.of("previousOwnerId", "li"));

    Lead overdue = saved(LeadTest.heldByLi());
    overdue.returnToPool("no follow-up for 15 days", T1);
    DomainEvent returned = overdue.takeRecordedChanges().events().get(0);
    assertThat(returned.type()).isEqualTo("lead.returned-to-pool");
    assertThat(returned.historyAction()).isEqualTo("RETURNED_TO_POOL");
    assertThat(returned.reason()).isEqualTo("no follow-up for 15 days");
  }

  @Test
  void aConversion_namesTheCustomer() {
    Lead lead = saved(LeadTest.heldByLi());
    UUID customer = UUID.randomUUID();
    lead.convertInto(customer, T1);
    DomainEvent converted = lead.takeRecordedChanges().events().get(0);
    assertThat(converted.references()).isEqualTo(Map.of("customerId", customer.toString()));
  }

  @Test
  void aRevisionThatChangesNothing_recordsNothing() {
    Lead lead = saved(LeadTest.pooled());
    lead.revise(LeadTest.profile(), T1);
    lead.followedUp(T0, T1);
    assertThat(lead.takeRecordedChanges().isEmpty()).isTrue();
  }

  @Test
  void takingTheEvents_clearsThem_andTheBaselineIsTheStateBeforeTheFirstChange() {
    Lead lead = saved(LeadTest.pooled());
    lead.claim(LI, EAST, T1);
    lead.release("not mine", T1);
    RecordedChanges recorded = lead.takeRecordedChanges();
    assertThat(recorded.events())
        .extracting(DomainEvent::type)
        .containsExactly("lead.claimed", "lead.released");
    assertThat(recorded.before()).containsEntry("status", "POOL").doesNotContainKey("ownerId");
    assertThat(lead.takeRecordedChanges().isEmpty()).isTrue();
  }
}
