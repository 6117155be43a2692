package org.opencrm.crm.application.contract.port.in;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.opencrm.crm.application.contract.ContractView;
import org.opencrm.crm.domain.contract.InstallmentTerms;
import org.opencrm.crm.domain.contract.InvoiceType;
import org.opencrm.crm.domain.shared.Actor;
import org.opencrm.crm.domain.shared.Money;

/** The money side of a contract: its payment plan (回款计划), payments (回款), invoices (开票). */
public interface ContractMoneyUseCase {

  /** Installments adding up to the amount; editable while nothing is paid against them. */
  ContractView setPaymentPlan(
      Actor actor, UUID contractId, Long expectedVersion, List<InstallmentTerms> installments);

  /** Money received: never more than is still due; allocated oldest installment first. */
  ContractView receivePayment(
      Actor actor,
      UUID contractId,
      LocalDate receivedOn,
      Money amount,
      String method,
      String reference);

  /** A payment stops counting, for a reason; it is never edited or deleted. */
  ContractView reversePayment(Actor actor, UUID contractId, UUID paymentId, String reason);

  /** Never more in all than the contract amount. */
  ContractView issueInvoice(
      Actor actor,
      UUID contractId,
      String number,
      LocalDate issuedOn,
      Money amount,
      InvoiceType type);
}
