package org.opencrm.crm.application.contract.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import org.opencrm.crm.application.contract.ContractView;
import org.opencrm.crm.application.contract.port.in.ContractMoneyUseCase;
import org.opencrm.crm.domain.contract.Contract;
import org.opencrm.crm.domain.contract.ContractPermissions;
import org.opencrm.crm.domain.contract.InstallmentTerms;
import org.opencrm.crm.domain.contract.InvoiceType;
import org.opencrm.crm.domain.shared.Actor;
import org.opencrm.crm.domain.shared.Money;

@ApplicationScoped
@Transactional
public class ContractMoneyService implements ContractMoneyUseCase {

  private final ContractLoader loader;
  private final AuditedContractSaves saves;
  private final Clock clock;

  public ContractMoneyService(ContractLoader loader, AuditedContractSaves saves, Clock clock) {
    this.loader = loader;
    this.saves = saves;
    this.clock = clock;
  }

  @Override
  public ContractView setPaymentPlan(
      Actor actor, UUID contractId, Long expectedVersion, List<InstallmentTerms> installments) {
    return change(
        actor,
        contractId,
        expectedVersion,
        contract -> contract.setPaymentPlan(installments, clock.instant()));
  }

  @Override
  public ContractView receivePayment(
      Actor actor,
      UUID contractId,
      LocalDate receivedOn,
      Money amount,
      String method,
      String reference) {
    return change(
        actor,
        contractId,
        null,
        contract ->
            contract.receivePayment(receivedOn, amount, method, reference, clock.instant()));
  }

  @Override
  public ContractView reversePayment(Actor actor, UUID contractId, UUID paymentId, String reason) {
    return change(
        actor,
        contractId,
        null,
        contract -> contract.reversePayment(paymentId, reason, clock.instant()));
  }

  @Override
  public ContractView issueInvoice(
      Actor actor,
      UUID contractId,
      String number,
      LocalDate issuedOn,
      Money amount,
      InvoiceType type) {
    return change(
        actor,
        contractId,
        null,
        contract -> contract.issueInvoice(number, issuedOn, amount, type, clock.instant()));
  }

  private ContractView change(
      Actor actor, UUID contractId, Long expectedVersion, Consumer<Contract> change) {
    ContractPermissions.checkWrite(actor);
    Contract contract = loader.load(actor, contractId);
    if (expectedVersion != null) {
      contract.checkVersion(expectedVersion);
    }
    change.accept(contract);
    return loader.view(saves.save(actor, contract, null));
  }
}
