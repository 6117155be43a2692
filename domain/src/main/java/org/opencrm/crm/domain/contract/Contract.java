package org.opencrm.crm.domain.contract;

import static org.opencrm.crm.domain.shared.history.AuditStates.put;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;
import org.opencrm.crm.domain.customer.CustomerId;
import org.opencrm.crm.domain.deal.OpportunityId;
import org.opencrm.crm.domain.shared.Actor;
import org.opencrm.crm.domain.shared.InvalidValueException;
import org.opencrm.crm.domain.shared.Money;
import org.opencrm.crm.domain.shared.RecordNotFoundException;
import org.opencrm.crm.domain.shared.RuleViolationException;
import org.opencrm.crm.domain.shared.TeamId;
import org.opencrm.crm.domain.shared.Text;
import org.opencrm.crm.domain.shared.UserId;
import org.opencrm.crm.domain.shared.VersionConflictException;
import org.opencrm.crm.domain.shared.event.EventSource;
import org.opencrm.crm.domain.shared.event.EventTrail;
import org.opencrm.crm.domain.shared.event.RecordedChanges;

/**
 * A contract (合同): drafted, approved by the rules in force (审批), active for its term, then
 * completed or terminated; with its payment plan, the payments received (回款) and the invoices
 * issued (开票). Money is exact and in the contract's one currency.
 */
public final class Contract implements EventSource {

  public static final String NOT_DRAFT = "contract.not-draft";
  public static final String NOT_ACTIVE = "contract.not-active";
  public static final String CLOSED = "contract.closed";
  public static final String INVOICE_OVER_AMOUNT = "invoice.over-contract-amount";
  public static final String INVOICE_INVALID = "invoice.invalid";
  public static final String INVOICE_NUMBER_TAKEN = "invoice.number-taken";

  private final ContractId id;
  private final String number;
  private final CustomerId customer;
  private final OpportunityId opportunity;
  private ContractDetails details;
  private ContractStatus status;
  private Approval approval;
  private String rejection;
  private String terminationReason;
  private PaymentPlan plan;
  private final List<Invoice> invoices;
  private UserId owner;
  private TeamId team;
  private Instant activatedAt;
  private final Instant createdAt;
  private Instant updatedAt;
  private final long version;
  private final EventTrail trail = new EventTrail(field -> false);

  private Contract(
      ContractId id,
      String number,
      CustomerId customer,
      OpportunityId opportunity,
      ContractDetails details,
      ContractStatus status,
      Approval approval,
      String rejection,
      String terminationReason,
      PaymentPlan plan,
      List<Invoice> invoices,
      UserId owner,
      TeamId team,
      Instant activatedAt,
      Instant createdAt,
      Instant updatedAt,
      long version) {
    this.id = id;
    this.number = number;
    this.customer = customer;
    this.opportunity = opportunity;
    this.details = details;
    this.status = status;
    this.approval = approval;
    this.rejection = rejection;
    this.terminationReason = terminationReason;
    this.plan = plan;
    this.invoices = new ArrayList<>(invoices);
    this.owner = owner;
    this.team = team;
    this.activatedAt = activatedAt;
    this.createdAt = createdAt;
    this.updatedAt = updatedAt;
    this.version = version;
  }

  /** A new draft under the given number (the caller's or one drawn from the pattern). */
  public static Contract draft(
      ContractNumber number,
      CustomerId customer,
      OpportunityId opportunity,
      ContractDetails details,
      UserId owner,
      TeamId team,
      Instant now) {
    Contract drafted =
        new Contract(
            ContractId.newId(),
            number.value(),
            customer,
            opportunity,
            details,
            ContractStatus.DRAFT,
            null,
            null,
            null,
            null,
            List.of(),
            owner,
            team,
            null,
            now,
            now,
            0);
    drafted.trail.record(
        drafted.trail.beginCreation(),
        drafted,
        changes ->
            new ContractEvent.Drafted(
                drafted.id,
                customer,
                opportunity == null ? null : opportunity.value(),
                owner,
                team,
                now,
                changes));
    return drafted;
  }

  public static Contract restore(
      ContractId id,
      String number,
      CustomerId customer,
      OpportunityId opportunity,
      ContractDetails details,
      ContractStatus status,
      Approval approval,
      String rejection,
      String terminationReason,
      PaymentPlan plan,
      List<Invoice> invoices,
      UserId owner,
      TeamId team,
      Instant activatedAt,
      Instant createdAt,
      Instant updatedAt,
      long version) {
    return new Contract(
        id,
        number,
        customer,
        opportunity,
        details,
        status,
        approval,
        rejection,
        terminationReason,
        plan,
        invoices,
        owner,
        team,
        activatedAt,
        createdAt,
        updatedAt,
        version);
  }

  public void checkVersion(long expected) {
    if (expected != version) {
      throw new VersionConflictException("contract", id, expected, version);
    }
  }

  /** New details, while a draft; a payment plan already set must still add up. */
  public void revise(ContractDetails revised, Instant now) {
    requireStatus(ContractStatus.DRAFT, NOT_DRAFT, "Only a draft is revised");
    if (revised.equals(details)) {
      return;
    }
    if (plan != null) {
      // The same installments must add up to the new amount (else: change the plan first).
      PaymentPlan.of(revised.value().total(), plan.installments());
    }
    var before = trail.begin(this);
    details = revised;
    if (plan != null) {
      plan = PaymentPlan.restore(revised.value().total(), plan.installments(), plan.payments());
    }
    updatedAt = now;
    trail.record(before, this, changes -> new ContractEvent.Updated(id, now, changes));
  }

  /**
   * Into approval by the levels the policy asks for, or, needing none, straight into force.
   *
   * @param today the business's date, the first installment's due date when no plan was set
   */
  public void submit(ApprovalPolicy policy, LocalDate today, Instant now) {
    requireStatus(ContractStatus.DRAFT, NOT_DRAFT, "Only a draft is submitted");
    var before = trail.begin(this);
    approval =
        Approval.requested(
            owner, team, policy.levelsFor(details.value().total(), details.largestDiscount()));
    rejection = null;
    status = ContractStatus.PENDING_APPROVAL;
    updatedAt = now;
    trail.record(before, this, changes -> new ContractEvent.Submitted(id, now, changes));
    if (approval.approved()) {
      activate(today, now);
    }
  }

  /** The pending approval step, granted; the last one puts the contract in force. */
  public void approve(Actor approver, String comment, LocalDate today, Instant now) {
    Approval pending = pendingApproval();
    var before = trail.begin(this);
    pending.approve(approver, comment, now);
    updatedAt = now;
    String said = Text.optional("comment", comment, 1000);
    trail.record(
        before, this, changes -> new ContractEvent.Approved(id, approver.id(), said, now, changes));
    if (pending.approved()) {
      activate(today, now);
    }
  }

  /** Rejected by an approver: back to draft, with the comment. */
  public void reject(Actor approver, String comment, Instant now) {
    Approval pending = pendingApproval();
    var before = trail.begin(this);
    pending.reject(approver, comment, now);
    rejection = pending.rejection().orElseThrow();
    status = ContractStatus.DRAFT;
    updatedAt = now;
    String said = rejection;
    trail.record(
        before, this, changes -> new ContractEvent.Rejected(id, approver.id(), said, now, changes));
  }

  /** Fulfilled. */
  public void complete(Instant now) {
    requireStatus(ContractStatus.ACTIVE, NOT_ACTIVE, "Only a contract in force is completed");
    var before = trail.begin(this);
    status = ContractStatus.COMPLETED;
    updatedAt = now;
    trail.record(before, this, changes -> new ContractEvent.Completed(id, now, changes));
  }

  /** Ended early, for a reason. */
  public void terminate(String reason, Instant now) {
    requireStatus(ContractStatus.ACTIVE, NOT_ACTIVE, "Only a contract in force is terminated");
    String why = Text.required("reason", reason, 500);
    var before = trail.begin(this);
    status = ContractStatus.TERMINATED;
    terminationReason = why;
    updatedAt = now;
    trail.record(before, this, changes -> new ContractEvent.Terminated(id, why, now, changes));
  }

  /** New installments, adding up to the amount; refused once payments count against them. */
  public void setPaymentPlan(List<InstallmentTerms> installments, Instant now) {
    requireNotClosed();
    var before = trail.begin(this);
    if (plan == null) {
      plan = PaymentPlan.of(details.value().total(), installments);
    } else {
      plan.replace(installments);
    }
    updatedAt = now;
    trail.record(before, this, changes -> new ContractEvent.PaymentPlanSet(id, now, changes));
  }

  /** Money received, while the contract is in force; never more than is still due. */
  public Payment receivePayment(
      LocalDate receivedOn, Money amount, String method, String reference, Instant now) {
    requireStatus(
        ContractStatus.ACTIVE, NOT_ACTIVE, "Payments are received on a contract in force");
    var before = trail.begin(this);
    Payment payment = plan.receive(receivedOn, amount, method, reference);
    updatedAt = now;
    trail.record(
        before, this, changes -> new ContractEvent.PaymentReceived(id, payment.id(), now, changes));
    return payment;
  }

  /** A payment stops counting, for a reason. */
  public void reversePayment(UUID paymentId, String reason, Instant now) {
    if (plan == null) {
      throw new RecordNotFoundException("payment", paymentId);
    }
    var before = trail.begin(this);
    plan.reverse(paymentId, reason);
    updatedAt = now;
    String why = plan.payment(paymentId).orElseThrow().reversalReason();
    trail.record(
        before,
        this,
        changes -> new ContractEvent.PaymentReversed(id, paymentId, why, now, changes));
  }

  /** An invoice, once the contract is in force; never more in all than the contract amount. */
  public Invoice issueInvoice(
      String invoiceNumber, LocalDate issuedOn, Money amount, InvoiceType type, Instant now) {
    if (status == ContractStatus.DRAFT || status == ContractStatus.PENDING_APPROVAL) {
      throw new RuleViolationException(NOT_ACTIVE, "Invoices follow a contract in force");
    }
    String checkedNumber = Text.required("number", invoiceNumber, 50);
    if (issuedOn == null) {
      throw new InvalidValueException(Text.REQUIRED, "issuedOn", "issuedOn is required");
    }
    if (type == null) {
      throw new InvalidValueException(Text.REQUIRED, "type", "type is required");
    }
    Money total = details.value().total();
    if (amount == null || amount.isNegative() || amount.isZero()) {
      throw new InvalidValueException(INVOICE_INVALID, "amount", "An invoice is more than zero");
    }
    if (!amount.currency().equals(total.currency())) {
      throw new InvalidValueException(
          Money.CURRENCY_MISMATCH,
          "amount.currency",
          "The contract is invoiced in " + total.currency().getCurrencyCode());
    }
    Money left = total.minus(invoiced());
    if (amount.compareTo(left) > 0) {
      throw new InvalidValueException(
          INVOICE_OVER_AMOUNT, "amount", "Only " + left + " of the contract is still to invoice");
    }
    var before = trail.begin(this);
    Invoice invoice = new Invoice(UUID.randomUUID(), checkedNumber, issuedOn, amount, type);
    invoices.add(invoice);
    updatedAt = now;
    trail.record(
        before, this, changes -> new ContractEvent.InvoiceIssued(id, invoice.id(), now, changes));
    return invoice;
  }

  public void transferTo(UserId newOwner, TeamId newTeam, Instant now) {
    if (!newOwner.equals(owner) || !Objects.equals(newTeam, team)) {
      var before = trail.begin(this);
      UserId previous = owner;
      owner = newOwner;
      team = newTeam;
      updatedAt = now;
      trail.record(
          before,
          this,
          changes -> new ContractEvent.Transferred(id, newOwner, newTeam, previous, now, changes));
    }
  }

  /** Its status as of the day: an active contract past its end date reads as expired. */
  public ContractStatus status(LocalDate today) {
    return status == ContractStatus.ACTIVE
            && details.endsOn() != null
            && details.endsOn().isBefore(today)
        ? ContractStatus.EXPIRED
        : status;
  }

  /** What the invoices issued add up to. */
  public Money invoiced() {
    Money sum = Money.zero(details.value().total().currency());
    for (Invoice invoice : invoices) {
      sum = sum.plus(invoice.amount());
    }
    return sum;
  }

  private void activate(LocalDate today, Instant now) {
    var before = trail.begin(this);
    status = ContractStatus.ACTIVE;
    activatedAt = now;
    if (plan == null) {
      // Without a plan the whole amount falls due when the contract starts.
      LocalDate due =
          details.startsOn() != null
              ? details.startsOn()
              : details.signedOn() != null ? details.signedOn() : today;
      Money total = details.value().total();
      plan = PaymentPlan.of(total, List.of(new InstallmentTerms(due, total)));
    }
    trail.record(before, this, changes -> new ContractEvent.Activated(id, now, changes));
  }

  private Approval pendingApproval() {
    if (status != ContractStatus.PENDING_APPROVAL || approval == null) {
      throw new RuleViolationException(Approval.NOT_PENDING, "Nothing waits for a decision");
    }
    return approval;
  }

  private void requireStatus(ContractStatus expected, String code, String message) {
    if (status != expected) {
      throw new RuleViolationException(code, message + "; this one is " + status);
    }
  }

  private void requireNotClosed() {
    if (status == ContractStatus.COMPLETED || status == ContractStatus.TERMINATED) {
      throw new RuleViolationException(CLOSED, "The contract is " + status);
    }
  }

  @Override
  public RecordedChanges takeRecordedChanges() {
    return trail.take();
  }

  @Override
  public SortedMap<String, String> auditState() {
    SortedMap<String, String> state = new TreeMap<>();
    put(state, "number", number);
    put(state, "title", details.title());
    put(state, "amount", details.value().total());
    put(state, "lineItems", details.value().hasLines() ? details.value().lines().size() : null);
    put(state, "signedOn", details.signedOn());
    put(state, "startsOn", details.startsOn());
    put(state, "endsOn", details.endsOn());
    put(
        state,
        "attachments",
        details.attachments().isEmpty()
            ? null
            : details.attachments().stream()
                .map(Attachment::name)
                .collect(Collectors.joining(", ")));
    put(state, "status", status);
    put(
        state,
        "approvals",
        approval == null || approval.decisions().isEmpty()
            ? null
            : approval.decisions().stream()
                .map(d -> d.level() + (d.approved() ? " approved by " : " rejected by ") + d.by())
                .collect(Collectors.joining("; ")));
    put(state, "rejection", rejection);
    put(state, "terminationReason", terminationReason);
    put(
        state,
        "paymentPlan",
        plan == null
            ? null
            : plan.installments().stream()
                .map(i -> i.dueOn() + " " + i.amount().amountText())
                .collect(Collectors.joining("; ")));
    put(state, "received", plan == null || plan.paid().isZero() ? null : plan.paid());
    put(state, "invoiced", invoices.isEmpty() ? null : invoiced());
    put(state, "ownerId", owner);
    put(state, "team", team);
    return state;
  }

  public ContractId id() {
    return id;
  }

  public String number() {
    return number;
  }

  public CustomerId customer() {
    return customer;
  }

  public OpportunityId opportunity() {
    return opportunity;
  }

  public ContractDetails details() {
    return details;
  }

  /** As stored (never EXPIRED; see {@link #status(LocalDate)}). */
  public ContractStatus storedStatus() {
    return status;
  }

  public Approval approval() {
    return approval;
  }

  public String rejection() {
    return rejection;
  }

  public String terminationReason() {
    return terminationReason;
  }

  /** Null until set or the contract comes into force. */
  public PaymentPlan plan() {
    return plan;
  }

  public List<Invoice> invoices() {
    return List.copyOf(invoices);
  }

  public UserId owner() {
    return owner;
  }

  public TeamId team() {
    return team;
  }

  public Instant activatedAt() {
    return activatedAt;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public Instant updatedAt() {
    return updatedAt;
  }

  public long version() {
    return version;
  }
}
