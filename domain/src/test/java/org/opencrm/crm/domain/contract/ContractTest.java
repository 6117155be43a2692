package org.opencrm.crm.domain.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.opencrm.crm.domain.customer.CustomerId;
import org.opencrm.crm.domain.deal.DealValue;
import org.opencrm.crm.domain.shared.AccessDeniedException;
import org.opencrm.crm.domain.shared.Actor;
import org.opencrm.crm.domain.shared.ActorKind;
import org.opencrm.crm.domain.shared.InvalidValueException;
import org.opencrm.crm.domain.shared.Money;
import org.opencrm.crm.domain.shared.Role;
import org.opencrm.crm.domain.shared.RuleViolationException;
import org.opencrm.crm.domain.shared.TeamId;
import org.opencrm.crm.domain.shared.UserId;
import org.opencrm.crm.domain.shared.event.DomainEvent;

class ContractTest {

  static final Instant NOW = Instant.parse("2026-12-03T08:00:00Z");
  static final LocalDate TODAY = LocalDate.of(2026, 12, 3);
  static final TeamId EAST = new TeamId("east");
  static final UserId LI = new UserId("li");
  static final Actor MANAGER =
      new Actor(new UserId("wang"), "王芳", Set.of(Role.MANAGER), EAST, ActorKind.USER);
  static final Actor ADMIN =
      new Actor(new UserId("admin"), "Admin", Set.of(Role.ADMIN), null, ActorKind.USER);
  static final Actor OWNER = new Actor(LI, "李雷", Set.of(Role.SALES), EAST, ActorKind.USER);

  static Money cny(String amount) {
    return Money.of(amount, "CNY");
  }

  static ContractDetails details(String amount, LocalDate startsOn, LocalDate endsOn) {
    return new ContractDetails(
        "ERP licences", DealValue.ofAmount(cny(amount)), TODAY, startsOn, endsOn, List.of());
  }

  static Contract draft(String amount) {
    return Contract.draft(
        new ContractNumber("HT-202612-00001"),
        CustomerId.newId(),
        null,
        details(amount, LocalDate.of(2027, 1, 1), LocalDate.of(2027, 12, 31)),
        LI,
        EAST,
        NOW);
  }

  static List<String> types(Contract contract) {
    return contract.takeRecordedChanges().events().stream().map(DomainEvent::type).toList();
  }

  @Test
  void aSmallContract_needsNoApproval_andComesIntoForceWithTheWholeAmountDueAtItsStart() {
    Contract contract = draft("50000.00");
    contract.submit(ContractSettings.DEFAULT.approvalPolicy(), TODAY, NOW);
    assertThat(contract.status(TODAY)).isEqualTo(ContractStatus.ACTIVE);
    assertThat(contract.plan().installments())
        .containsExactly(new InstallmentTerms(LocalDate.of(2027, 1, 1), cny("50000.00")));
    assertThat(types(contract))
        .containsExactly("contract.drafted", "contract.submitted", "contract.activated");
  }

  @Test
  void aLargeContract_goesThroughTheTeamsManagerThenAnAdmin_neverItsOwner() {
    Contract contract = draft("1500000.00");
    contract.submit(ContractSettings.DEFAULT.approvalPolicy(), TODAY, NOW);
    assertThat(contract.status(TODAY)).isEqualTo(ContractStatus.PENDING_APPROVAL);
    Actor northManager =
        new Actor(
            new UserId("zhou"), "周强", Set.of(Role.MANAGER), new TeamId("north"), ActorKind.USER);
    assertThatThrownBy(() -> contract.approve(northManager, null, TODAY, NOW))
        .isInstanceOf(AccessDeniedException.class)
        .hasFieldOrPropertyWithValue("code", Approval.NOT_APPROVER);
    assertThatThrownBy(() -> contract.approve(OWNER, null, TODAY, NOW))
        .hasFieldOrPropertyWithValue("code", Approval.SELF_APPROVAL);
    contract.approve(MANAGER, "ok", TODAY, NOW);
    assertThat(contract.status(TODAY)).isEqualTo(ContractStatus.PENDING_APPROVAL);
    assertThatThrownBy(() -> contract.approve(MANAGER, null, TODAY, NOW))
        .hasFieldOrPropertyWithValue("code", Approval.NOT_APPROVER);
    contract.approve(ADMIN, null, TODAY, NOW);
    assertThat(contract.status(TODAY)).isEqualTo(ContractStatus.ACTIVE);
    assertThat(types(contract))
        .containsExactly(
            "contract.drafted",
            "contract.submitted",
            "contract.approved",
            "contract.approved",
            "contract.activated");
  }

  @Test
  void aRejection_sendsItBackToDraft_withTheComment_andOnlyADraftIsRevised() {
    Contract contract = draft("150000.00");
    contract.submit(ContractSettings.DEFAULT.approvalPolicy(), TODAY, NOW);
    assertThatThrownBy(() -> contract.revise(details("1.00", null, null), NOW))
        .isInstanceOf(RuleViolationException.class)
        .hasFieldOrPropertyWithValue("code", Contract.NOT_DRAFT);
    contract.reject(MANAGER, "Discount too deep", NOW);
    assertThat(contract.status(TODAY)).isEqualTo(ContractStatus.DRAFT);
    assertThat(contract.rejection()).isEqualTo("Discount too deep");
    contract.revise(details("90000.00", null, null), NOW);
    contract.submit(ContractSettings.DEFAULT.approvalPolicy(), TODAY, NOW);
    assertThat(contract.status(TODAY)).isEqualTo(ContractStatus.ACTIVE);
    assertThat(contract.rejection()).isNull();
    // Without a start date, the signing date is the first due date.
    assertThat(contract.plan().installments().get(0).dueOn()).isEqualTo(TODAY);
  }

  @Test
  void anActiveContract_pastItsEnd_readsAsExpired_andIsCompletedOrTerminatedOnce() {
    Contract contract = draft("1000.00");
    contract.submit(ContractSettings.DEFAULT.approvalPolicy(), TODAY, NOW);
    assertThat(contract.status(LocalDate.of(2027, 12, 31))).isEqualTo(ContractStatus.ACTIVE);
    assertThat(contract.status(LocalDate.of(2028, 1, 1))).isEqualTo(ContractStatus.EXPIRED);
    contract.terminate("Customer insolvent", NOW);
    assertThat(contract.status(LocalDate.of(2028, 1, 1))).isEqualTo(ContractStatus.TERMINATED);
    assertThatThrownBy(() -> contract.complete(NOW))
        .hasFieldOrPropertyWithValue("code", Contract.NOT_ACTIVE);
    assertThatThrownBy(() -> contract.setPaymentPlan(List.of(), NOW))
        .hasFieldOrPropertyWithValue("code", Contract.CLOSED);
  }

  @Test
  void paymentsNeedAContractInForce_andInvoicesNeverExceedItsAmount() {
    Contract contract = draft("1000.00");
    contract.setPaymentPlan(
        List.of(
            new InstallmentTerms(LocalDate.of(2027, 1, 31), cny("400.00")),
            new InstallmentTerms(LocalDate.of(2027, 2, 28), cny("600.00"))),
        NOW);
    assertThatThrownBy(() -> contract.receivePayment(TODAY, cny("1.00"), "bank", null, NOW))
        .hasFieldOrPropertyWithValue("code", Contract.NOT_ACTIVE);
    assertThatThrownBy(
            () -> contract.issueInvoice("F1", TODAY, cny("1.00"), InvoiceType.VAT_SPECIAL, NOW))
        .hasFieldOrPropertyWithValue("code", Contract.NOT_ACTIVE);
    contract.submit(ContractSettings.DEFAULT.approvalPolicy(), TODAY, NOW);
    assertThat(contract.plan().installments()).hasSize(2);

    contract.receivePayment(TODAY, cny("500.00"), "bank transfer", "TX-1", NOW);
    assertThat(contract.plan().outstanding()).isEqualTo(cny("500.00"));
    assertThatThrownBy(() -> contract.receivePayment(TODAY, cny("500.01"), "bank", null, NOW))
        .hasFieldOrPropertyWithValue("code", PaymentPlan.OVERPAYMENT);

    contract.issueInvoice("F1", TODAY, cny("999.99"), InvoiceType.VAT_SPECIAL, NOW);
    assertThatThrownBy(
            () -> contract.issueInvoice("F2", TODAY, cny("0.02"), InvoiceType.VAT_GENERAL, NOW))
        .isInstanceOf(InvalidValueException.class)
        .hasFieldOrPropertyWithValue("code", Contract.INVOICE_OVER_AMOUNT);
    contract.issueInvoice("F2", TODAY, cny("0.01"), InvoiceType.VAT_GENERAL, NOW);
    assertThat(contract.invoiced()).isEqualTo(cny("1000.00"));
  }

  @Test
  void aDraftsNewAmount_mustStillMatchItsPlan() {
    Contract contract = draft("1000.00");
    contract.setPaymentPlan(
        List.of(new InstallmentTerms(LocalDate.of(2027, 1, 31), cny("1000.00"))), NOW);
    assertThatThrownBy(() -> contract.revise(details("1200.00", null, null), NOW))
        .hasFieldOrPropertyWithValue("code", PaymentPlan.SUM_MISMATCH);
  }

  @Test
  void aTermEndsAfterItStarts_andAttachmentsAreHttpLinksWithSha256() {
    assertThatThrownBy(() -> details("1.00", LocalDate.of(2027, 2, 1), LocalDate.of(2027, 1, 31)))
        .hasFieldOrPropertyWithValue("code", ContractDetails.TERM_INVALID);
    assertThatThrownBy(() -> new Attachment("scan.pdf", "ftp://files/scan.pdf", null))
        .hasFieldOrPropertyWithValue("field", "url");
    assertThatThrownBy(() -> new Attachment("scan.pdf", "https://files/scan.pdf", "md5:abc"))
        .hasFieldOrPropertyWithValue("field", "checksum");
    assertThat(
            new Attachment("scan.pdf", "https://files/scan.pdf", "SHA256:" + "A".repeat(64))
                .checksum())
        .isEqualTo("sha256:" + "a".repeat(64));
  }
}
