package org.opencrm.crm.application.event;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The catalogue of published event types: what each means and which other records it names. The
 * feed's filter and its documented schemas come from here; a test holds it to the domain's events.
 */
public enum EventType {
  LEAD_CAPTURED(
      "lead.captured",
      "A lead entered the CRM, into the pool or held by the rep who captured it.",
      Reference.OWNER_IF_HELD,
      Reference.TEAM_IF_HELD),
  LEAD_UPDATED("lead.updated", "A lead's profile was revised."),
  LEAD_CLAIMED("lead.claimed", "A rep took a lead from the pool.", Reference.OWNER, Reference.TEAM),
  LEAD_ASSIGNED(
      "lead.assigned",
      "A manager handed a lead to a rep, from the pool or from another rep.",
      Reference.OWNER,
      Reference.TEAM,
      Reference.PREVIOUS_OWNER_IF_HELD),
  LEAD_RELEASED(
      "lead.released",
      "The holder gave a lead back to the pool; the reason says why.",
      Reference.PREVIOUS_OWNER),
  LEAD_RETURNED_TO_POOL(
      "lead.returned-to-pool",
      "The pool policy's deadline passed and the lead went back to the pool; the reason names the"
          + " rule.",
      Reference.PREVIOUS_OWNER),
  LEAD_DISQUALIFIED("lead.disqualified", "A lead was closed as not worth pursuing."),
  LEAD_CONVERTED(
      "lead.converted", "A lead was converted into a customer.", Reference.CONVERTED_CUSTOMER),
  CUSTOMER_CREATED(
      "customer.created",
      "A customer was created, by hand or from a converted lead.",
      Reference.OWNER,
      Reference.TEAM_IF_SET,
      Reference.SOURCE_LEAD),
  CUSTOMER_UPDATED("customer.updated", "A customer's profile was revised."),
  CUSTOMER_TRANSFERRED(
      "customer.transferred",
      "A customer was handed to another rep or team.",
      Reference.OWNER,
      Reference.TEAM_IF_SET,
      Reference.PREVIOUS_OWNER),
  CUSTOMER_ARCHIVED("customer.archived", "A customer was archived (soft-deleted)."),
  CONTACT_ADDED(
      "customer.contact-added",
      "A contact was added to a customer, by hand or from a converted lead.",
      Reference.CONTACT,
      Reference.SOURCE_LEAD),
  CONTACT_UPDATED(
      "customer.contact-updated",
      "A customer's contact was revised (another may have stopped being the primary one).",
      Reference.CONTACT),
  CONTACT_REMOVED(
      "customer.contact-removed",
      "A contact was removed from a customer (the next may have become the primary one).",
      Reference.CONTACT),
  PRODUCT_CREATED("product.created", "A product was added to the catalogue, active."),
  PRODUCT_UPDATED(
      "product.updated",
      "A product's catalogue details were revised; line items written before keep what they sold."),
  PRODUCT_DEACTIVATED(
      "product.deactivated", "A product was taken out of new deals (lines written keep it)."),
  PRODUCT_REACTIVATED(
      "product.reactivated", "An inactive product was put back into the catalogue."),
  OPPORTUNITY_OPENED(
      "opportunity.opened",
      "An opportunity was opened for a customer, in an open stage of a pipeline.",
      Reference.DEAL_CUSTOMER,
      Reference.OWNER,
      Reference.DEAL_TEAM),
  OPPORTUNITY_UPDATED("opportunity.updated", "An open opportunity's details were revised."),
  OPPORTUNITY_STAGE_CHANGED(
      "opportunity.stage-changed",
      "An open opportunity moved to another open stage, forwards or backwards.",
      Reference.FROM_STAGE,
      Reference.TO_STAGE),
  OPPORTUNITY_WON("opportunity.won", "An opportunity was won: it is in its pipeline's won stage."),
  OPPORTUNITY_LOST(
      "opportunity.lost", "An opportunity was lost, for one of the admins' lost reasons."),
  OPPORTUNITY_REOPENED(
      "opportunity.reopened",
      "A won or lost opportunity was opened again, in the last open stage it was in."),
  OPPORTUNITY_TRANSFERRED(
      "opportunity.transferred",
      "An opportunity was handed to another rep or team.",
      Reference.OWNER,
      Reference.DEAL_TEAM,
      Reference.PREVIOUS_OWNER),
  CONTRACT_DRAFTED(
      "contract.drafted",
      "A contract was drafted for a customer, possibly closing an opportunity.",
      Reference.DEAL_CUSTOMER,
      Reference.CLOSED_OPPORTUNITY,
      Reference.OWNER,
      Reference.DEAL_TEAM),
  CONTRACT_UPDATED("contract.updated", "A draft contract's details were revised."),
  CONTRACT_SUBMITTED("contract.submitted", "A draft was submitted for approval."),
  CONTRACT_APPROVED(
      "contract.approved",
      "One approval step was granted (with the comment as reason).",
      Reference.APPROVER),
  CONTRACT_REJECTED(
      "contract.rejected",
      "An approver rejected the contract back to draft (the comment as reason).",
      Reference.APPROVER),
  CONTRACT_ACTIVATED("contract.activated", "A contract came into force."),
  CONTRACT_COMPLETED("contract.completed", "A contract was fulfilled."),
  CONTRACT_TERMINATED("contract.terminated", "A contract ended early (the reason given)."),
  CONTRACT_PAYMENT_PLAN_SET("contract.payment-plan-set", "A contract's installments were set."),
  CONTRACT_PAYMENT_RECEIVED(
      "contract.payment-received", "Money was received against a contract.", Reference.PAYMENT),
  CONTRACT_PAYMENT_REVERSED(
      "contract.payment-reversed",
      "A payment was reversed and stopped counting (the reason given).",
      Reference.PAYMENT),
  CONTRACT_INVOICE_ISSUED(
      "contract.invoice-issued", "An invoice was issued against a contract.", Reference.INVOICE),
  CONTRACT_TRANSFERRED(
      "contract.transferred",
      "A contract was handed to another rep or team.",
      Reference.OWNER,
      Reference.DEAL_TEAM,
      Reference.PREVIOUS_OWNER);

  private final String typeName;
  private final String description;
  private final List<Reference> references;

  EventType(String typeName, String description, Reference... references) {
    this.typeName = typeName;
    this.description = description;
    this.references = List.of(references);
  }

  public static Optional<EventType> named(String typeName) {
    return Arrays.stream(values()).filter(t -> t.typeName.equals(typeName)).findFirst();
  }

  public String typeName() {
    return typeName;
  }

  /** {@code lead}, {@code customer}, {@code product}, {@code opportunity} or {@code contract}. */
  public String subjectType() {
    return typeName.substring(0, typeName.indexOf('.'));
  }

  public String description() {
    return description;
  }

  public List<Reference> references() {
    return references;
  }

  /** A record an event names, by the key it has in the event's {@code references}. */
  public enum Reference {
    OWNER("ownerId", "The rep who holds the subject now.", true),
    OWNER_IF_HELD("ownerId", "The rep who holds the lead, when captured by one.", false),
    TEAM("team", "The holder's team, when the rep has one.", false),
    TEAM_IF_HELD("team", "The holder's team, when a rep with a team holds the lead.", false),
    TEAM_IF_SET("team", "The customer's team, when it has one.", false),
    PREVIOUS_OWNER("previousOwnerId", "The rep who held the subject before.", true),
    PREVIOUS_OWNER_IF_HELD(
        "previousOwnerId",
        "The rep who held the lead before, unless it came from the pool.",
        false),
    CONVERTED_CUSTOMER("customerId", "The customer the lead became.", true),
    SOURCE_LEAD("leadId", "The lead this came from, when it came from a converted lead.", false),
    CONTACT("contactId", "The contact concerned.", true),
    DEAL_CUSTOMER("customerId", "The customer the deal is with.", true),
    DEAL_TEAM("team", "The deal's team, when it has one.", false),
    FROM_STAGE("fromStageId", "The stage it left.", true),
    TO_STAGE("toStageId", "The stage it entered.", true),
    CLOSED_OPPORTUNITY("opportunityId", "The opportunity the contract closes, if any.", false),
    APPROVER("approverId", "Who decided the step.", true),
    PAYMENT("paymentId", "The payment concerned.", true),
    INVOICE("invoiceId", "The invoice issued.", true);

    private final String key;
    private final String description;
    private final boolean always;

    Reference(String key, String description, boolean always) {
      this.key = key;
      this.description = description;
      this.always = always;
    }

    public String key() {
      return key;
    }

    public String description() {
      return description;
    }

    /** Present in every event of the type (else only when it applies). */
    public boolean always() {
      return always;
    }
  }
}
