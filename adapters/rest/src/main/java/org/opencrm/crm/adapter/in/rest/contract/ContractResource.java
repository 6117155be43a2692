package org.opencrm.crm.adapter.in.rest.contract;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.security.Authenticated;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import java.util.function.Function;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.opencrm.crm.adapter.in.rest.common.ChangeRestMapper;
import org.opencrm.crm.adapter.in.rest.common.CurrentActor;
import org.opencrm.crm.adapter.in.rest.common.DealInputs;
import org.opencrm.crm.adapter.in.rest.common.EntityTags;
import org.opencrm.crm.adapter.in.rest.common.IdempotencyKeyParam;
import org.opencrm.crm.adapter.in.rest.common.IdempotentPosts;
import org.opencrm.crm.adapter.in.rest.common.IfMatchParam;
import org.opencrm.crm.adapter.in.rest.common.MergePatch;
import org.opencrm.crm.adapter.in.rest.common.OptionalIfMatchParam;
import org.opencrm.crm.adapter.in.rest.common.PageParams;
import org.opencrm.crm.adapter.in.rest.common.PublicLinks;
import org.opencrm.crm.adapter.in.rest.common.RequiredRoles;
import org.opencrm.crm.adapter.in.rest.common.dto.ChangePage;
import org.opencrm.crm.adapter.in.rest.contract.dto.CommentRequest;
import org.opencrm.crm.adapter.in.rest.contract.dto.ContractPatchRequest;
import org.opencrm.crm.adapter.in.rest.contract.dto.ContractRequest;
import org.opencrm.crm.adapter.in.rest.contract.dto.ContractResponse;
import org.opencrm.crm.adapter.in.rest.contract.dto.ContractSummaryResponse;
import org.opencrm.crm.adapter.in.rest.contract.dto.InvoiceRequest;
import org.opencrm.crm.adapter.in.rest.contract.dto.PaymentPlanRequest;
import org.opencrm.crm.adapter.in.rest.contract.dto.PaymentRequest;
import org.opencrm.crm.adapter.in.rest.contract.dto.ReversalRequest;
import org.opencrm.crm.adapter.in.rest.contract.dto.TerminateRequest;
import org.opencrm.crm.application.contract.ContractView;
import org.opencrm.crm.application.contract.port.in.ContractActionCommand;
import org.opencrm.crm.application.contract.port.in.ContractMoneyUseCase;
import org.opencrm.crm.application.contract.port.in.ContractPatch;
import org.opencrm.crm.application.contract.port.in.ContractQueries;
import org.opencrm.crm.application.contract.port.in.DraftContractCommand;
import org.opencrm.crm.application.contract.port.in.ManageContractsUseCase;
import org.opencrm.crm.application.contract.port.in.UpdateContractCommand;
import org.opencrm.crm.application.history.port.in.ChangeHistoryQueries;
import org.opencrm.crm.domain.contract.InvoiceType;
import org.opencrm.crm.domain.shared.Actor;

@Path("/api/v1/contracts")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
@Tag(
    name = "Contracts",
    description =
        "Contracts (合同) from draft through approval (审批) to completion or termination, with"
            + " their payment plan (回款计划), payments (回款), invoices (开票) and receivable (应收)."
            + " Reps work their own, managers their team's, admins all; service staff read.")
@SecurityRequirement(name = "bearer")
public class ContractResource {

  private static final String EXAMPLE =
      "{\"customerId\":\"0b0b2a52-1b1c-4c55-9a43-1a7b5f0d6c11\",\"title\":\"ERP licences 2027\",\"amount\":{\"amount\":\"480000.00\",\"currency\":\"CNY\"},\"signedOn\":\"2026-12-01\",\"startsOn\":\"2027-01-01\",\"endsOn\":\"2027-12-31\",\"attachments\":[{\"name\":\"signed.pdf\",\"url\":\"https://files.example.com/contracts/signed.pdf\"}]}";

  private final ManageContractsUseCase manage;
  private final ContractMoneyUseCase money;
  private final ContractQueries queries;
  private final ContractRestMapper mapper;
  private final ChangeHistoryQueries history;
  private final ChangeRestMapper changes;
  private final IdempotentPosts idempotentPosts;
  private final MergePatch mergePatch;
  private final CurrentActor caller;
  private final PublicLinks links;

  ContractResource(
      ManageContractsUseCase manage,
      ContractMoneyUseCase money,
      ContractQueries queries,
      ContractRestMapper mapper,
      ChangeHistoryQueries history,
      ChangeRestMapper changes,
      IdempotentPosts idempotentPosts,
      MergePatch mergePatch,
      CurrentActor caller,
      PublicLinks links) {
    this.manage = manage;
    this.money = money;
    this.queries = queries;
    this.mapper = mapper;
    this.history = history;
    this.changes = changes;
    this.idempotentPosts = idempotentPosts;
    this.mergePatch = mergePatch;
    this.caller = caller;
    this.links = links;
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Extension(
      name = RequiredRoles.EXTENSION,
      value = RequiredRoles.CONTRACT_WRITERS,
      parseValue = true)
  @Operation(
      operationId = "createContract",
      summary = "Draft a contract",
      description =
          "For a customer the caller sees, or for an opportunity's customer (its name and value taken unless given). Without a number, the next one of the admins' pattern is drawn, without gaps per period. The same number answers 409 contract.number-taken; a contract of the same customer, amount and signing day answers 409 contract.duplicate with the candidates (others' only as existing) unless a manager or admin passes allowDuplicate with a reason. Send an Idempotency-Key to make retries safe.")
  @RequestBody(
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = ContractRequest.class),
              examples = @ExampleObject(name = "example", value = EXAMPLE)))
  @APIResponse(
      responseCode = "201",
      description = "Drafted",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = ContractResponse.class)))
  public Response create(
      @BeanParam IdempotencyKeyParam idempotencyKey,
      @BeanParam ContractDuplicateParams duplicate,
      @NotNull @Valid ContractRequest request,
      @Context UriInfo uri) {
    Actor actor = caller.get();
    boolean allowDuplicate = duplicate.allowed();
    return idempotentPosts.create(
        idempotencyKey.key(),
        actor,
        uri,
        request,
        () -> {
          ContractView drafted =
              manage.draft(
                  new DraftContractCommand(
                      actor,
                      request.customerId(),
                      request.opportunityId(),
                      request.number(),
                      mapper.toDraft(request),
                      request.ownerId(),
                      allowDuplicate,
                      duplicate.reason()));
          return new IdempotentPosts.Created(
              links.to(uri.getPath(), drafted.contract().id().value()),
              drafted.contract().version(),
              mapper.toResponse(drafted));
        });
  }

  @GET
  @Extension(
      name = RequiredRoles.EXTENSION,
      value = RequiredRoles.CONTRACT_READERS,
      parseValue = true)
  @Operation(
      operationId = "listContracts",
      summary = "List contracts",
      description =
          "Inside the caller's scope, newest first, one keyset page at a time, with what was received and invoiced.")
  @APIResponse(
      responseCode = "200",
      description = "One page",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = ContractSummaryResponse.Page.class)))
  public ContractSummaryResponse.Page list(
      @BeanParam PageParams page, @BeanParam ContractListParams params) {
    var found = queries.list(caller.get(), params.filter(), page.toPageRequest());
    return new ContractSummaryResponse.Page(
        found.items().stream().map(mapper::toResponse).toList(), found.nextCursor());
  }

  @GET
  @Path("/{id}")
  @Extension(
      name = RequiredRoles.EXTENSION,
      value = RequiredRoles.CONTRACT_READERS,
      parseValue = true)
  @Operation(
      operationId = "getContract",
      summary = "One contract",
      description =
          "With its approval and its receivable as of today (installments with what was paid against each, payments, invoices).")
  @APIResponse(
      responseCode = "200",
      description = "The contract",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = ContractResponse.class)))
  public Response get(@PathParam("id") @Parameter(description = "Contract id") UUID id) {
    return ok(queries.get(caller.get(), id));
  }

  @PATCH
  @Path("/{id}")
  @Consumes({MergePatch.MEDIA_TYPE, MediaType.APPLICATION_JSON})
  @Extension(
      name = RequiredRoles.EXTENSION,
      value = RequiredRoles.CONTRACT_WRITERS,
      parseValue = true)
  @Operation(
      operationId = "updateContract",
      summary = "Revise a draft or hand a contract over",
      description =
          "A JSON merge patch with If-Match: details while a draft (409 contract.not-draft"
              + " otherwise); ownerId and team in any state (managers within their team).")
  @RequestBody(
      content =
          @Content(
              mediaType = MergePatch.MEDIA_TYPE,
              schema = @Schema(implementation = ContractPatchRequest.class),
              examples =
                  @ExampleObject(
                      name = "new term",
                      value = "{\"startsOn\":\"2027-02-01\",\"endsOn\":\"2028-01-31\"}")))
  @APIResponse(
      responseCode = "200",
      description = "The contract",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = ContractResponse.class)))
  public Response update(
      @PathParam("id") @Parameter(description = "Contract id") UUID id,
      @BeanParam IfMatchParam ifMatch,
      @Parameter(hidden = true) JsonNode document) {
    Actor actor = caller.get();
    long expectedVersion = ifMatch.expectedVersion();
    ContractPatchRequest request = mergePatch.read(document, ContractPatchRequest.class);
    ContractPatch patch =
        new ContractPatch(
            MergePatch.field(document, "title", request.title()),
            MergePatch.field(
                document, "amount", request.amount(), amount -> DealInputs.money(amount, "amount")),
            MergePatch.field(document, "lineItems", request.lineItems(), DealInputs::lineDrafts),
            MergePatch.field(document, "signedOn", request.signedOn()),
            MergePatch.field(document, "startsOn", request.startsOn()),
            MergePatch.field(document, "endsOn", request.endsOn()),
            MergePatch.field(document, "attachments", request.attachments(), mapper::attachments),
            MergePatch.field(document, "ownerId", request.ownerId()),
            MergePatch.field(document, "team", request.team()));
    return ok(manage.update(new UpdateContractCommand(actor, id, expectedVersion, patch)));
  }

  @POST
  @Path("/{id}/submit")
  @Extension(
      name = RequiredRoles.EXTENSION,
      value = RequiredRoles.CONTRACT_WRITERS,
      parseValue = true)
  @Operation(
      operationId = "submitContract",
      summary = "Submit for approval",
      description =
          "A draft goes to the approvers the admins' rules name (above an amount a manager of the owner's team, above a higher one an admin too, a deep discount a manager), or straight into force when none applies; coming into force without a plan, its whole amount falls due on its start date. If-Match optional.")
  @APIResponse(
      responseCode = "200",
      description = "The contract",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = ContractResponse.class)))
  public Response submit(
      @PathParam("id") @Parameter(description = "Contract id") UUID id,
      @BeanParam OptionalIfMatchParam ifMatch) {
    return ok(manage.submit(action(id, ifMatch, null)));
  }

  @POST
  @Path("/{id}/approve")
  @Consumes(MediaType.APPLICATION_JSON)
  @Extension(name = RequiredRoles.EXTENSION, value = RequiredRoles.MANAGERS, parseValue = true)
  @Operation(
      operationId = "approveContract",
      summary = "Approve the pending step",
      description =
          "By a manager of the contract's team (or an admin) for a manager's step, an admin for an admin's; never by the contract's owner (403 approval.own-contract). The last step puts it in force. If-Match optional.")
  @RequestBody(
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = CommentRequest.class),
              examples =
                  @ExampleObject(
                      name = "example",
                      value = "{\"comment\":\"Discount agreed with finance\"}")))
  @APIResponse(
      responseCode = "200",
      description = "The contract",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = ContractResponse.class)))
  public Response approve(
      @PathParam("id") @Parameter(description = "Contract id") UUID id,
      @BeanParam OptionalIfMatchParam ifMatch,
      @Valid CommentRequest request) {
    return ok(manage.approve(action(id, ifMatch, request == null ? null : request.comment())));
  }

  @POST
  @Path("/{id}/reject")
  @Consumes(MediaType.APPLICATION_JSON)
  @Extension(name = RequiredRoles.EXTENSION, value = RequiredRoles.MANAGERS, parseValue = true)
  @Operation(
      operationId = "rejectContract",
      summary = "Reject the pending step",
      description =
          "Back to draft with the approver's comment (required), which the owner sees on the contract. If-Match optional.")
  @RequestBody(
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = CommentRequest.class),
              examples =
                  @ExampleObject(
                      name = "example",
                      value = "{\"comment\":\"Payment terms too long\"}")))
  @APIResponse(
      responseCode = "200",
      description = "The contract",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = ContractResponse.class)))
  public Response reject(
      @PathParam("id") @Parameter(description = "Contract id") UUID id,
      @BeanParam OptionalIfMatchParam ifMatch,
      @Valid CommentRequest request) {
    return ok(manage.reject(action(id, ifMatch, request == null ? null : request.comment())));
  }

  @POST
  @Path("/{id}/complete")
  @Extension(
      name = RequiredRoles.EXTENSION,
      value = RequiredRoles.CONTRACT_WRITERS,
      parseValue = true)
  @Operation(
      operationId = "completeContract",
      summary = "Mark as fulfilled",
      description = "An active (or expired) contract is completed. If-Match optional.")
  @APIResponse(
      responseCode = "200",
      description = "The contract",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = ContractResponse.class)))
  public Response complete(
      @PathParam("id") @Parameter(description = "Contract id") UUID id,
      @BeanParam OptionalIfMatchParam ifMatch) {
    return ok(manage.complete(action(id, ifMatch, null)));
  }

  @POST
  @Path("/{id}/terminate")
  @Consumes(MediaType.APPLICATION_JSON)
  @Extension(
      name = RequiredRoles.EXTENSION,
      value = RequiredRoles.CONTRACT_WRITERS,
      parseValue = true)
  @Operation(
      operationId = "terminateContract",
      summary = "End early",
      description = "An active (or expired) contract ends, for a reason. If-Match optional.")
  @RequestBody(
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = TerminateRequest.class),
              examples =
                  @ExampleObject(name = "example", value = "{\"reason\":\"Customer insolvent\"}")))
  @APIResponse(
      responseCode = "200",
      description = "The contract",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = ContractResponse.class)))
  public Response terminate(
      @PathParam("id") @Parameter(description = "Contract id") UUID id,
      @BeanParam OptionalIfMatchParam ifMatch,
      @NotNull @Valid TerminateRequest request) {
    return ok(manage.terminate(action(id, ifMatch, request.reason())));
  }

  @PUT
  @Path("/{id}/payment-plan")
  @Consumes(MediaType.APPLICATION_JSON)
  @Extension(
      name = RequiredRoles.EXTENSION,
      value = RequiredRoles.CONTRACT_WRITERS,
      parseValue = true)
  @Operation(
      operationId = "setContractPaymentPlan",
      summary = "Set the payment plan",
      description =
          "Installments due in order adding up exactly to the contract amount (422 payment-plan.sum-mismatch otherwise, with both sums); refused once payments count against the plan (409 payment-plan.paid-against) and on a completed or terminated contract. If-Match optional.")
  @RequestBody(
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = PaymentPlanRequest.class),
              examples =
                  @ExampleObject(
                      name = "example",
                      value =
                          "{\"installments\":[{\"dueOn\":\"2027-01-31\",\"amount\":{\"amount\":\"240000.00\",\"currency\":\"CNY\"}},{\"dueOn\":\"2027-06-30\",\"amount\":{\"amount\":\"240000.00\",\"currency\":\"CNY\"}}]}")))
  @APIResponse(
      responseCode = "200",
      description = "The contract",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = ContractResponse.class)))
  public Response setPaymentPlan(
      @PathParam("id") @Parameter(description = "Contract id") UUID id,
      @BeanParam OptionalIfMatchParam ifMatch,
      @NotNull @Valid PaymentPlanRequest request) {
    return ok(
        money.setPaymentPlan(
            caller.get(), id, ifMatch.expectedVersion(), mapper.installments(request)));
  }

  @POST
  @Path("/{id}/payments")
  @Consumes(MediaType.APPLICATION_JSON)
  @Extension(
      name = RequiredRoles.EXTENSION,
      value = RequiredRoles.CONTRACT_WRITERS,
      parseValue = true)
  @Operation(
      operationId = "receiveContractPayment",
      summary = "Record a payment received",
      description =
          "On a contract in force (409 contract.not-active otherwise); never more than is still due (422 payment.over-outstanding, saying how much is); allocated to the installments oldest due first. Send an Idempotency-Key to make retries safe.")
  @RequestBody(
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = PaymentRequest.class),
              examples =
                  @ExampleObject(
                      name = "example",
                      value =
                          "{\"receivedOn\":\"2026-12-03\",\"amount\":{\"amount\":\"100000.00\",\"currency\":\"CNY\"},\"method\":\"bank transfer\",\"reference\":\"TX-1\"}")))
  @APIResponse(
      responseCode = "201",
      description = "The contract with the payment",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = ContractResponse.class)))
  public Response receivePayment(
      @PathParam("id") @Parameter(description = "Contract id") UUID id,
      @BeanParam IdempotencyKeyParam idempotencyKey,
      @NotNull @Valid PaymentRequest request,
      @Context UriInfo uri) {
    return entry(
        idempotencyKey,
        uri,
        request,
        actor ->
            money.receivePayment(
                actor,
                id,
                request.receivedOn(),
                DealInputs.money(request.amount(), "amount"),
                request.method(),
                request.reference()));
  }

  @POST
  @Path("/{id}/payments/{paymentId}/reverse")
  @Consumes(MediaType.APPLICATION_JSON)
  @Extension(
      name = RequiredRoles.EXTENSION,
      value = RequiredRoles.CONTRACT_WRITERS,
      parseValue = true)
  @Operation(
      operationId = "reverseContractPayment",
      summary = "Reverse a payment",
      description =
          "The payment stays on record and stops counting, for a reason; the others are allocated again. A payment is never edited or deleted; reversing twice answers 409 payment.already-reversed.")
  @RequestBody(
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = ReversalRequest.class),
              examples =
                  @ExampleObject(
                      name = "example",
                      value = "{\"reason\":\"Bounced: insufficient funds\"}")))
  @APIResponse(
      responseCode = "200",
      description = "The contract",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = ContractResponse.class)))
  public Response reversePayment(
      @PathParam("id") @Parameter(description = "Contract id") UUID id,
      @PathParam("paymentId") @Parameter(description = "Payment id") UUID paymentId,
      @NotNull @Valid ReversalRequest request) {
    return ok(money.reversePayment(caller.get(), id, paymentId, request.reason()));
  }

  @POST
  @Path("/{id}/invoices")
  @Consumes(MediaType.APPLICATION_JSON)
  @Extension(
      name = RequiredRoles.EXTENSION,
      value = RequiredRoles.CONTRACT_WRITERS,
      parseValue = true)
  @Operation(
      operationId = "issueContractInvoice",
      summary = "Record an invoice issued",
      description =
          "Once the contract is in force; never more in all than the contract amount (422 invoice.over-contract-amount, saying how much is left); a number issued before answers 409 invoice.number-taken. Send an Idempotency-Key to make retries safe.")
  @RequestBody(
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = InvoiceRequest.class),
              examples =
                  @ExampleObject(
                      name = "example",
                      value =
                          "{\"number\":\"FP-2026-000123\",\"issuedOn\":\"2026-12-03\",\"amount\":{\"amount\":\"240000.00\",\"currency\":\"CNY\"},\"type\":\"VAT_SPECIAL\"}")))
  @APIResponse(
      responseCode = "201",
      description = "The contract with the invoice",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = ContractResponse.class)))
  public Response issueInvoice(
      @PathParam("id") @Parameter(description = "Contract id") UUID id,
      @BeanParam IdempotencyKeyParam idempotencyKey,
      @NotNull @Valid InvoiceRequest request,
      @Context UriInfo uri) {
    return entry(
        idempotencyKey,
        uri,
        request,
        actor ->
            money.issueInvoice(
                actor,
                id,
                request.number(),
                request.issuedOn(),
                DealInputs.money(request.amount(), "amount"),
                InvoiceType.valueOf(request.type().name())));
  }

  @GET
  @Path("/{id}/history")
  @Extension(
      name = RequiredRoles.EXTENSION,
      value = RequiredRoles.CONTRACT_READERS,
      parseValue = true)
  @Operation(
      operationId = "getContractHistory",
      summary = "A contract's change history",
      description =
          "Every step, newest first: drafted, revised, submitted, each approval and rejection with its comment, activated, payments and reversals, invoices, completion or termination, handovers.")
  @APIResponse(
      responseCode = "200",
      description = "One page of history",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = ChangePage.class)))
  public ChangePage history(
      @PathParam("id") @Parameter(description = "Contract id") UUID id,
      @BeanParam PageParams page) {
    return changes.toPage(history.contractHistory(caller.get(), id, page.toPageRequest()));
  }

  /** An entry added to the contract (a payment, an invoice), once per Idempotency-Key: 201. */
  private Response entry(
      IdempotencyKeyParam idempotencyKey,
      UriInfo uri,
      Object request,
      Function<Actor, ContractView> add) {
    Actor actor = caller.get();
    return idempotentPosts.create(
        idempotencyKey.key(),
        actor,
        uri,
        request,
        () -> IdempotentPosts.Created.entry(mapper.toResponse(add.apply(actor))));
  }

  private ContractActionCommand action(UUID id, OptionalIfMatchParam ifMatch, String comment) {
    return new ContractActionCommand(caller.get(), id, ifMatch.expectedVersion(), comment);
  }

  private Response ok(ContractView contract) {
    return EntityTags.ok(mapper.toResponse(contract), contract.contract().version());
  }
}
