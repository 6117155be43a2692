package org.opencrm.crm.adapter.in.rest.common;

import java.util.LinkedHashMap;
import java.util.Map;
import org.opencrm.crm.application.contract.service.ContractService;
import org.opencrm.crm.application.customer.CustomerSort;
import org.opencrm.crm.application.duplicate.service.DuplicateQueryService;
import org.opencrm.crm.application.event.FeedRequest;
import org.opencrm.crm.application.idempotency.port.out.IdempotencyStore;
import org.opencrm.crm.application.idempotency.service.IdempotencyService;
import org.opencrm.crm.application.lead.LeadSort;
import org.opencrm.crm.application.opportunity.OpportunityFilter;
import org.opencrm.crm.application.opportunity.service.DealDrafts;
import org.opencrm.crm.application.pool.service.LeadOwnershipService;
import org.opencrm.crm.application.receivable.service.ReceivableQueryService;
import org.opencrm.crm.application.shared.PageRequest;
import org.opencrm.crm.application.user.service.UserDirectoryService;
import org.opencrm.crm.domain.contract.Approval;
import org.opencrm.crm.domain.contract.ApprovalPolicy;
import org.opencrm.crm.domain.contract.Attachment;
import org.opencrm.crm.domain.contract.Contract;
import org.opencrm.crm.domain.contract.ContractDetails;
import org.opencrm.crm.domain.contract.ContractNumber;
import org.opencrm.crm.domain.contract.ContractNumberPattern;
import org.opencrm.crm.domain.contract.ContractPermissions;
import org.opencrm.crm.domain.contract.DuplicateContractsException;
import org.opencrm.crm.domain.contract.PaymentPlan;
import org.opencrm.crm.domain.contract.RevenuePeriod;
import org.opencrm.crm.domain.customer.ContactDetails;
import org.opencrm.crm.domain.customer.Customer;
import org.opencrm.crm.domain.customer.CustomerPermissions;
import org.opencrm.crm.domain.customer.CustomerProfile;
import org.opencrm.crm.domain.customer.OwnerChangeRule;
import org.opencrm.crm.domain.customer.UnifiedSocialCreditCode;
import org.opencrm.crm.domain.deal.DealPermissions;
import org.opencrm.crm.domain.deal.DealValue;
import org.opencrm.crm.domain.deal.ForecastPeriod;
import org.opencrm.crm.domain.deal.LineItem;
import org.opencrm.crm.domain.deal.LostReasons;
import org.opencrm.crm.domain.deal.Opportunity;
import org.opencrm.crm.domain.deal.OpportunityDetails;
import org.opencrm.crm.domain.deal.Pipeline;
import org.opencrm.crm.domain.deal.Product;
import org.opencrm.crm.domain.deal.ProductCode;
import org.opencrm.crm.domain.deal.ProductDetails;
import org.opencrm.crm.domain.deal.ProductPermissions;
import org.opencrm.crm.domain.deal.Quantity;
import org.opencrm.crm.domain.deal.Stage;
import org.opencrm.crm.domain.deal.StageRequirementsException;
import org.opencrm.crm.domain.duplicate.DuplicatesFoundException;
import org.opencrm.crm.domain.followup.FollowUp;
import org.opencrm.crm.domain.lead.Lead;
import org.opencrm.crm.domain.lead.LeadPermissions;
import org.opencrm.crm.domain.lead.LeadProfile;
import org.opencrm.crm.domain.lead.PoolPolicy;
import org.opencrm.crm.domain.lead.ScoringModel;
import org.opencrm.crm.domain.lead.ScoringRule;
import org.opencrm.crm.domain.shared.EmailAddress;
import org.opencrm.crm.domain.shared.Money;
import org.opencrm.crm.domain.shared.Percent;
import org.opencrm.crm.domain.shared.PhoneNumber;
import org.opencrm.crm.domain.shared.RecordNotFoundException;
import org.opencrm.crm.domain.shared.Tags;
import org.opencrm.crm.domain.shared.Text;
import org.opencrm.crm.domain.shared.VersionConflictException;
import org.opencrm.crm.domain.shared.event.CursorExpiredException;
import org.opencrm.crm.domain.shared.event.EventFeedPermissions;
import org.opencrm.crm.domain.user.DirectoryPermissions;
import org.opencrm.crm.domain.user.NewOwnerRule;

/**
 * Every stable problem {@code code} the API answers, with its meaning: published in the contract so
 * that integrators can rely on them. A test fails when a code is added without an entry here.
 */
public final class ProblemCatalogue {

  public static final String UNAUTHENTICATED = "auth.unauthenticated";
  public static final String FORBIDDEN = "auth.forbidden";
  public static final String SERVER_ERROR = "server.error";
  public static final String BUSY = "server.busy";
  public static final String AUTH_UNAVAILABLE = "auth.unavailable";

  private static final Map<String, String> CODES = new LinkedHashMap<>();

  static {
    CODES.put(
        BadRequestException.CODE,
        "400: malformed JSON, wrong type, unknown field or enum value, size out of range");
    CODES.put("http.not-found", "404: no such path");
    CODES.put("http.method-not-allowed", "405: the path does not take this method");
    CODES.put("http.not-acceptable", "406: the requested media type is not produced");
    CODES.put(RequestShape.URI_TOO_LONG, "414: the path and query are too long");
    CODES.put(ContentLengthLimit.CODE, "413: the body is larger than the service reads");
    CODES.put("http.unsupported-media-type", "415: the body's media type is not read");
    CODES.put(UNAUTHENTICATED, "401: no valid bearer token");
    CODES.put(FORBIDDEN, "403: the role does not allow the operation");
    CODES.put(
        AUTH_UNAVAILABLE, "503: the identity provider cannot be reached; retry after Retry-After");
    CODES.put(
        RateLimitedException.CODE,
        "429: the client's quota (requests or duplicate-check candidates per minute) is used up;"
            + " retry after Retry-After");
    CODES.put(CustomerPermissions.READ_DENIED, "403: the role may not read customer records");
    CODES.put(CustomerPermissions.WRITE_DENIED, "403: the role may not change customer records");
    CODES.put(OwnerChangeRule.NOT_ALLOWED, "403: only managers and admins change an owner");
    CODES.put(OwnerChangeRule.OTHER_TEAM, "403: a manager hands customers only within the team");
    CODES.put(RecordNotFoundException.CODE, "404: no such record inside the caller's data scope");
    CODES.put(Customer.ARCHIVED, "409: the customer is archived and no longer changes");
    CODES.put(
        UnifiedSocialCreditCode.TAKEN, "409: another customer has this unified social credit code");
    CODES.put(
        IdempotencyStore.IN_PROGRESS,
        "409: a request with this Idempotency-Key is still running; retry");
    CODES.put(
        VersionConflictException.CODE, "412: If-Match names a version that is no longer current");
    CODES.put(Text.REQUIRED, "422: a required value is missing");
    CODES.put(Text.TOO_LONG, "422: a value is too long");
    CODES.put(Text.CONTROL_CHARACTERS, "422: a value contains control characters");
    CODES.put(Tags.TOO_MANY, "422: more than 20 tags");
    CODES.put(PhoneNumber.INVALID, "422: not a valid phone number");
    CODES.put(EmailAddress.INVALID, "422: not a valid e-mail address");
    CODES.put(
        UnifiedSocialCreditCode.INVALID,
        "422: not a valid unified social credit code (GB 32100-2015)");
    CODES.put(
        CustomerProfile.CREDIT_CODE_FOR_PERSON, "422: a person has no unified social credit code");
    CODES.put(ContactDetails.TOO_MANY_PHONES, "422: more than 5 phone numbers");
    CODES.put(ProductPermissions.READ_DENIED, "403: the role may not read the product catalogue");
    CODES.put(ProductPermissions.MANAGE_DENIED, "403: only admins keep the product catalogue");
    CODES.put(ProductCode.TAKEN, "409: another product has this code");
    CODES.put(Product.INACTIVE, "409: the product is inactive and goes into no new deal");
    CODES.put(
        Money.INVALID,
        "422: not an exact amount of an ISO 4217 currency (decimal string, no finer than its smallest unit)");
    CODES.put(Money.CURRENCY_MISMATCH, "422: amounts in different currencies are combined");
    CODES.put(Percent.INVALID, "422: a percentage runs from 0 to 100 with at most two decimals");
    CODES.put(Quantity.INVALID, "422: a quantity is more than 0 with at most four decimals");
    CODES.put(LineItem.NEGATIVE_PRICE, "422: a unit price is negative");
    CODES.put(
        DealValue.INVALID, "422: a deal's amount is negative or it has no or too many line items");
    CODES.put(
        ProductCode.INVALID, "422: a product code has 1 to 40 letters, digits, '.', '-' or '_'");
    CODES.put(ProductDetails.NEGATIVE_PRICE, "422: a list price is negative");
    CODES.put(
        Pipeline.STAGE_IN_USE,
        "409: opportunities are in the stage a pipeline change removes (the detail says how many)");
    CODES.put(Pipeline.NAME_TAKEN, "409: another pipeline has this name");
    CODES.put(Pipeline.UNKNOWN, "422: no pipeline has this id");
    CODES.put(
        ForecastPeriod.RANGE_INVALID,
        "400: a forecast ends before it starts or spans more than 36 months (a field error)");
    CODES.put(DealDrafts.PRODUCT_UNKNOWN, "422: a line item names a product the catalogue lacks");
    CODES.put(DealDrafts.CONTACT_UNKNOWN, "422: the contact is not one of the customer's");
    CODES.put(
        OpportunityFilter.RANGE_INVALID,
        "400: a range filter ends before it starts (a field error)");
    CODES.put(LostReasons.INVALID, "422: lost reasons are 1 to 50, each named once");
    CODES.put(LostReasons.UNKNOWN, "422: the reason is not one of the admins' lost reasons");
    CODES.put(DealPermissions.READ_DENIED, "403: the role may not read opportunities");
    CODES.put(DealPermissions.WRITE_DENIED, "403: the role may not change opportunities");
    CODES.put(
        DealPermissions.REOPEN_DENIED, "403: only managers and admins reopen a won or lost deal");
    CODES.put(
        DealPermissions.CONFIGURATION_READ_DENIED,
        "403: the role may not read pipelines and lost reasons");
    CODES.put(
        DealPermissions.CONFIGURE_DENIED, "403: only admins configure pipelines and lost reasons");
    CODES.put(Opportunity.NOT_OPEN, "409: the opportunity is won or lost; reopen it first");
    CODES.put(Opportunity.NOT_CLOSED, "409: the opportunity is open already");
    CODES.put(
        Pipeline.INVALID,
        "422: a pipeline's stages are open ones first, then one won and one lost, names unique");
    CODES.put(
        Stage.INVALID,
        "422: a won stage is 100 %, a lost one 0 %, and only open stages count as commit");
    CODES.put(Pipeline.STAGE_UNKNOWN, "422: the pipeline has no such stage");
    CODES.put(
        Opportunity.CLOSED_STAGE,
        "422: won and lost are reached by winning or losing, not by a move");
    CODES.put(
        StageRequirementsException.CODE,
        "422: the stage needs fields the opportunity lacks (named in the detail)");
    CODES.put(
        OpportunityDetails.DUPLICATE_CONTACT, "422: a contact is named twice on one opportunity");
    CODES.put(
        PaymentPlan.PAID_AGAINST,
        "409: payments count against the plan; reverse them before changing it");
    CODES.put(PaymentPlan.ALREADY_REVERSED, "409: the payment is reversed already");
    CODES.put(
        PaymentPlan.SUM_MISMATCH,
        "422: the installments do not add up to the contract amount (the detail gives both)");
    CODES.put(
        PaymentPlan.INVALID, "422: installments are 1 to 120, due in order, each more than zero");
    CODES.put(
        PaymentPlan.OVERPAYMENT,
        "422: the payment is more than is still due (the detail says how much is)");
    CODES.put(PaymentPlan.PAYMENT_INVALID, "422: a payment is more than zero");
    CODES.put(
        ContractNumberPattern.INVALID,
        "422: a contract number pattern needs exactly one {seq:N} and only {yyyy}, {yy}, {MM}, letters, digits, '-', '_', '/'");
    CODES.put(ContractPermissions.READ_DENIED, "403: the role may not read contracts");
    CODES.put(ContractPermissions.WRITE_DENIED, "403: the role may not change contracts");
    CODES.put(
        ContractPermissions.DUPLICATE_OVERRIDE_DENIED,
        "403: only managers and admins let a duplicate contract in");
    CODES.put(ContractPermissions.SETTINGS_DENIED, "403: only admins keep the contract settings");
    CODES.put(ContractNumber.TAKEN, "409: another contract has this number");
    CODES.put(
        DuplicateContractsException.CODE,
        "409: the customer has a contract of this amount signed that day (candidates disclosed)");
    CODES.put(Contract.NOT_DRAFT, "409: only a draft contract is revised or submitted");
    CODES.put(Contract.NOT_ACTIVE, "409: the contract is not in force");
    CODES.put(Contract.CLOSED, "409: the contract is completed or terminated");
    CODES.put(
        Contract.INVOICE_OVER_AMOUNT,
        "422: the invoices would exceed the contract amount (the detail says how much is left)");
    CODES.put(Contract.INVOICE_INVALID, "422: an invoice is more than zero");
    CODES.put(
        ReceivableQueryService.WITHIN_INVALID, "400: within is 0 to 366 days (a field error)");
    CODES.put(
        RevenuePeriod.RANGE_INVALID,
        "400: a revenue report ends before it starts or has too many periods (a field error)");
    CODES.put(Contract.INVOICE_NUMBER_TAKEN, "409: an invoice with this number was issued before");
    CODES.put(
        ContractService.OPPORTUNITY_MISMATCH, "422: the opportunity named is another customer's");
    CODES.put(
        ContractPermissions.APPROVE_DENIED, "403: only managers and admins approve contracts");
    CODES.put(
        ContractNumber.INVALID,
        "422: a contract number has 1 to 60 letters, digits, '-', '_', '/', '.'");
    CODES.put(ContractDetails.TERM_INVALID, "422: a contract ends before it starts");
    CODES.put(ContractDetails.VALUE_REQUIRED, "422: a contract has an amount or line items");
    CODES.put(
        Attachment.INVALID,
        "422: an attachment is an http(s) link with an optional sha256 checksum");
    CODES.put(Approval.SELF_APPROVAL, "403: nobody approves their own contract");
    CODES.put(
        Approval.NOT_APPROVER,
        "403: the pending approval step needs a manager of the contract's team, or an admin");
    CODES.put(Approval.NOT_PENDING, "409: no approval step waits for a decision");
    CODES.put(ApprovalPolicy.INVALID, "422: the admin's approval threshold is below the manager's");
    CODES.put(
        PageRequest.CURSOR_INVALID, "422: the cursor was not issued by this list and sort order");
    CODES.put(CustomerSort.INVALID, "400: unknown sort order");
    CODES.put(
        IdempotencyService.KEY_REUSED, "422: the Idempotency-Key was used for a different request");
    CODES.put(LeadPermissions.NOT_ALLOWED, "403: the role may not capture or work with leads");
    CODES.put(LeadPermissions.ASSIGN_NOT_ALLOWED, "403: only managers and admins assign leads");
    CODES.put(
        LeadPermissions.ASSIGN_OUTSIDE_TEAM, "403: a manager assigns leads only within the team");
    CODES.put(
        LeadPermissions.DUPLICATE_OVERRIDE_NOT_ALLOWED,
        "403: only managers and admins let an exact duplicate in");
    CODES.put(
        LeadPermissions.CLAIM_FIRST, "403: a pooled lead is claimed before a rep works on it");
    CODES.put(
        NewOwnerRule.UNKNOWN,
        "422: the new owner is not in the user directory (they sign in first, or an admin"
            + " registers them)");
    CODES.put(NewOwnerRule.INACTIVE, "422: the new owner is deactivated");
    CODES.put(NewOwnerRule.CANNOT_OWN, "422: the new owner's roles own no records");
    CODES.put(
        NewOwnerRule.OUTSIDE_TEAM,
        "422: the new owner is not in the record's team (name their team to move the record)");
    CODES.put(DirectoryPermissions.BROWSE_DENIED, "403: only managers and admins browse users");
    CODES.put(DirectoryPermissions.MANAGE_DENIED, "403: only admins register or deactivate users");
    CODES.put(DirectoryPermissions.DEACTIVATED, "403: the caller's account is deactivated");
    CODES.put(UserDirectoryService.ALREADY_REGISTERED, "409: the directory already has this id");
    CODES.put(LeadPermissions.POOL_POLICY_ADMIN_ONLY, "403: only admins set the pool policy");
    CODES.put(
        LeadPermissions.POOL_SIMULATION_NOT_ALLOWED,
        "403: only managers and admins simulate policies");
    CODES.put(Lead.NOT_IN_POOL, "409: the lead is not in the pool (someone claimed it first)");
    CODES.put(Lead.NOT_HELD, "409: the lead is not held by anyone (release, convert)");
    CODES.put(Lead.CLOSED, "409: the lead is disqualified and no longer changes");
    CODES.put(Lead.ALREADY_CONVERTED, "409: the lead is already converted");
    CODES.put(Lead.ALREADY_HELD, "409: the lead is already held by that rep");
    CODES.put(
        PoolPolicy.HOLD_LIMIT_REACHED, "409: the rep holds as many leads as the policy allows");
    CODES.put(
        PoolPolicy.DAILY_CLAIM_LIMIT_REACHED,
        "409: the rep claimed as many leads today as allowed");
    CODES.put(
        PoolPolicy.RECLAIM_COOLDOWN, "409: the lead left this rep recently; the cooldown runs");
    CODES.put(
        DuplicatesFoundException.CODE,
        "409: the party exists already (phone, e-mail or credit code); see duplicates[]");
    CODES.put(LeadProfile.NAMELESS, "422: a lead names at least a person or a company");
    CODES.put(LeadProfile.TOO_MANY_PHONES, "422: a lead has at most 5 phone numbers");
    CODES.put(PoolPolicy.INVALID, "422: a pool policy limit is out of range");
    CODES.put(LeadOwnershipService.TOO_MANY_LEADS, "422: assign from 1 to 500 leads at once");
    CODES.put(
        DuplicateQueryService.BATCH_TOO_LARGE, "422: check from 1 to 1000 candidates at once");
    CODES.put(FollowUp.IN_THE_FUTURE, "422: a follow-up cannot have happened in the future");
    CODES.put(FollowUp.NEXT_BEFORE_OCCURRED, "422: the next follow-up is before this one happened");
    CODES.put(FollowUp.TOO_LONG_AGO, "422: a follow-up cannot have happened before 1970");
    CODES.put(FollowUp.NEXT_TOO_FAR, "422: the next follow-up is planned over ten years ahead");
    CODES.put(LeadPermissions.SCORING_ADMIN_ONLY, "403: only admins change the scoring model");
    CODES.put(
        EventFeedPermissions.NOT_ALLOWED,
        "403: only admins and events-reader clients read the event feed");
    CODES.put(FeedRequest.TYPE_UNKNOWN, "422: no event type has that name");
    CODES.put(
        CursorExpiredException.CODE,
        "410: events after the cursor were purged (retention); read again from the start");
    CODES.put(ScoringRule.INVALID, "422: a scoring rule is malformed (operator, values, points)");
    CODES.put(ScoringModel.INVALID, "422: the scoring model's grades are missing or repeated");
    CODES.put(LeadSort.INVALID, "400: unknown sort order of a lead list");
    CODES.put(PreconditionRequiredException.CODE, "428: If-Match is missing");
    CODES.put(SERVER_ERROR, "500: unexpected failure; the detail names an incident id");
    CODES.put(
        BUSY, "503: overloaded (no database connection free in time); retry after Retry-After");
  }

  private ProblemCatalogue() {}

  public static Map<String, String> codes() {
    return Map.copyOf(CODES);
  }

  /** The catalogue as one line per code, for the contract. */
  static String describe() {
    StringBuilder text = new StringBuilder("Stable machine-readable code. Known codes:");
    CODES.forEach(
        (code, meaning) -> text.append("\n- `").append(code).append("` ").append(meaning));
    return text.toString();
  }
}
