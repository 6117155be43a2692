package org.opencrm.crm.domain.contract;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.opencrm.crm.domain.customer.CustomerId;
import org.opencrm.crm.domain.shared.TeamId;
import org.opencrm.crm.domain.shared.UserId;
import org.opencrm.crm.domain.shared.event.DomainEvent;
import org.opencrm.crm.domain.shared.event.ReportedChange;

/** What happened to a contract. None of its fields is personal. */
public sealed interface ContractEvent extends DomainEvent {

  String SUBJECT = "contract";

  ContractId contract();

  @Override
  default String subjectType() {
    return SUBJECT;
  }

  @Override
  default UUID subjectId() {
    return contract().value();
  }

  /** A contract drafted for a customer, held by a rep. */
  record Drafted(
      ContractId contract,
      CustomerId customer,
      UUID opportunity,
      UserId owner,
      TeamId team,
      Instant occurredAt,
      List<ReportedChange> changes)
      implements ContractEvent {
    @Override
    public String type() {
      return "contract.drafted";
    }

    @Override
    public String historyAction() {
      return "CREATED";
    }

    @Override
    public Map<String, String> references() {
      return DomainEvent.references(
          "customerId", customer, "opportunityId", opportunity, "ownerId", owner, "team", team);
    }
  }

  /** A draft's details were revised. */
  record Updated(ContractId contract, Instant occurredAt, List<ReportedChange> changes)
      implements ContractEvent {
    @Override
    public String type() {
      return "contract.updated";
    }

    @Override
    public String historyAction() {
      return "UPDATED";
    }
  }

  /** Submitted for approval. */
  record Submitted(ContractId contract, Instant occurredAt, List<ReportedChange> changes)
      implements ContractEvent {
    @Override
    public String type() {
      return "contract.submitted";
    }

    @Override
    public String historyAction() {
      return "SUBMITTED";
    }
  }

  /** One approval step was granted. */
  record Approved(
      ContractId contract,
      UserId approver,
      String comment,
      Instant occurredAt,
      List<ReportedChange> changes)
      implements ContractEvent {
    @Override
    public String type() {
      return "contract.approved";
    }

    @Override
    public String historyAction() {
      return "APPROVED";
    }

    @Override
    public Map<String, String> references() {
      return DomainEvent.references("approverId", approver);
    }

    @Override
    public String reason() {
      return comment;
    }
  }

  /** An approver rejected it: back to draft, with the comment. */
  record Rejected(
      ContractId contract,
      UserId approver,
      String comment,
      Instant occurredAt,
      List<ReportedChange> changes)
      implements ContractEvent {
    @Override
    public String type() {
      return "contract.rejected";
    }

    @Override
    public String historyAction() {
      return "REJECTED";
    }

    @Override
    public Map<String, String> references() {
      return DomainEvent.references("approverId", approver);
    }

    @Override
    public String reason() {
      return comment;
    }
  }

  /** In force: approved, or needing no approval. */
  record Activated(ContractId contract, Instant occurredAt, List<ReportedChange> changes)
      implements ContractEvent {
    @Override
    public String type() {
      return "contract.activated";
    }

    @Override
    public String historyAction() {
      return "ACTIVATED";
    }
  }

  /** Fulfilled and closed. */
  record Completed(ContractId contract, Instant occurredAt, List<ReportedChange> changes)
      implements ContractEvent {
    @Override
    public String type() {
      return "contract.completed";
    }

    @Override
    public String historyAction() {
      return "COMPLETED";
    }
  }

  /** Ended early, for a reason. */
  record Terminated(
      ContractId contract, String why, Instant occurredAt, List<ReportedChange> changes)
      implements ContractEvent {
    @Override
    public String type() {
      return "contract.terminated";
    }

    @Override
    public String historyAction() {
      return "TERMINATED";
    }

    @Override
    public String reason() {
      return why;
    }
  }

  /** Its installments were set. */
  record PaymentPlanSet(ContractId contract, Instant occurredAt, List<ReportedChange> changes)
      implements ContractEvent {
    @Override
    public String type() {
      return "contract.payment-plan-set";
    }

    @Override
    public String historyAction() {
      return "PAYMENT_PLAN_SET";
    }
  }

  /** Money was received against it. */
  record PaymentReceived(
      ContractId contract, UUID payment, Instant occurredAt, List<ReportedChange> changes)
      implements ContractEvent {
    @Override
    public String type() {
      return "contract.payment-received";
    }

    @Override
    public String historyAction() {
      return "PAYMENT_RECEIVED";
    }

    @Override
    public Map<String, String> references() {
      return DomainEvent.references("paymentId", payment);
    }
  }

  /** A payment was reversed, for a reason. */
  record PaymentReversed(
      ContractId contract,
      UUID payment,
      String why,
      Instant occurredAt,
      List<ReportedChange> changes)
      implements ContractEvent {
    @Override
    public String type() {
      return "contract.payment-reversed";
    }

    @Override
    public String historyAction() {
      return "PAYMENT_REVERSED";
    }

    @Override
    public Map<String, String> references() {
      return DomainEvent.references("paymentId", payment);
    }

    @Override
    public String reason() {
      return why;
    }
  }

  /** An invoice was issued against it. */
  record InvoiceIssued(
      ContractId contract, UUID invoice, Instant occurredAt, List<ReportedChange> changes)
      implements ContractEvent {
    @Override
    public String type() {
      return "contract.invoice-issued";
    }

    @Override
    public String historyAction() {
      return "INVOICE_ISSUED";
    }

    @Override
    public Map<String, String> references() {
      return DomainEvent.references("invoiceId", invoice);
    }
  }

  /** Handed to another rep or team. */
  record Transferred(
      ContractId contract,
      UserId owner,
      TeamId team,
      UserId previousOwner,
      Instant occurredAt,
      List<ReportedChange> changes)
      implements ContractEvent {
    @Override
    public String type() {
      return "contract.transferred";
    }

    @Override
    public String historyAction() {
      return "TRANSFERRED";
    }

    @Override
    public Map<String, String> references() {
      return DomainEvent.references(
          "ownerId", owner, "team", team, "previousOwnerId", previousOwner);
    }
  }
}
