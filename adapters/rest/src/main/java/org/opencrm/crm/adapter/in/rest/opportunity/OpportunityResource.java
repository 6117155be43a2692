package org.opencrm.crm.adapter.in.rest.opportunity;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.security.Authenticated;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
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
import org.opencrm.crm.adapter.in.rest.opportunity.dto.LoseRequest;
import org.opencrm.crm.adapter.in.rest.opportunity.dto.OpportunityPage;
import org.opencrm.crm.adapter.in.rest.opportunity.dto.OpportunityPatchRequest;
import org.opencrm.crm.adapter.in.rest.opportunity.dto.OpportunityRequest;
import org.opencrm.crm.adapter.in.rest.opportunity.dto.OpportunityResponse;
import org.opencrm.crm.adapter.in.rest.opportunity.dto.StageHistoryResponse;
import org.opencrm.crm.adapter.in.rest.opportunity.dto.StageMoveRequest;
import org.opencrm.crm.application.history.port.in.ChangeHistoryQueries;
import org.opencrm.crm.application.opportunity.OpportunityView;
import org.opencrm.crm.application.opportunity.port.in.ManageOpportunitiesUseCase;
import org.opencrm.crm.application.opportunity.port.in.OpenOpportunityCommand;
import org.opencrm.crm.application.opportunity.port.in.OpportunityActionCommand;
import org.opencrm.crm.application.opportunity.port.in.OpportunityPatch;
import org.opencrm.crm.application.opportunity.port.in.OpportunityQueries;
import org.opencrm.crm.application.opportunity.port.in.ProgressOpportunitiesUseCase;
import org.opencrm.crm.application.opportunity.port.in.UpdateOpportunityCommand;
import org.opencrm.crm.domain.shared.Actor;

@Path("/api/v1/opportunities")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
@Tag(
    name = "Opportunities",
    description =
        "Opportunities (商机) moving through a pipeline's stages until won or lost: reps work their"
            + " own, managers their team's, admins all; service staff read. Every move is recorded"
            + " with its entry and exit times.")
@SecurityRequirement(name = "bearer")
public class OpportunityResource {

  private static final String EXAMPLE =
      "{\"customerId\":\"0b0b2a52-1b1c-4c55-9a43-1a7b5f0d6c11\",\"name\":\"ERP rollout 2027\","
          + "\"lineItems\":[{\"productId\":\"5f1d7a80-8a43-4c1e-b7c1-2f3e9d6a1b20\","
          + "\"quantity\":\"20\",\"discount\":\"10\"}],"
          + "\"expectedCloseDate\":\"2027-03-31\",\"source\":\"trade fair\","
          + "\"nextStep\":\"Demo for the IT director\"}";

  private final ManageOpportunitiesUseCase manage;
  private final ProgressOpportunitiesUseCase progress;
  private final OpportunityQueries queries;
  private final OpportunityRestMapper mapper;
  private final ChangeHistoryQueries history;
  private final ChangeRestMapper changes;
  private final IdempotentPosts idempotentPosts;
  private final MergePatch mergePatch;
  private final CurrentActor caller;
  private final PublicLinks links;

  OpportunityResource(
      ManageOpportunitiesUseCase manage,
      ProgressOpportunitiesUseCase progress,
      OpportunityQueries queries,
      OpportunityRestMapper mapper,
      ChangeHistoryQueries history,
      ChangeRestMapper changes,
      IdempotentPosts idempotentPosts,
      MergePatch mergePatch,
      CurrentActor caller,
      PublicLinks links) {
    this.manage = manage;
    this.progress = progress;
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
      value = RequiredRoles.OPPORTUNITY_WRITERS,
      parseValue = true)
  @Operation(
      operationId = "createOpportunity",
      summary = "Open an opportunity",
      description =
          "For a customer the caller sees, in the standard pipeline's first stage unless others"
              + " are named; entering a stage needs what it requires (422"
              + " opportunity.stage-requirements, one error per missing field). Line items sell"
              + " active products at their list price unless a unit price is given. Held by the"
              + " customer's owner unless another rep is named. Send an Idempotency-Key to make"
              + " retries safe.")
  @RequestBody(
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = OpportunityRequest.class),
              examples = @ExampleObject(name = "with line items", value = EXAMPLE)))
  @APIResponse(
      responseCode = "201",
      description = "Opened",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = OpportunityResponse.class)))
  public Response create(
      @BeanParam IdempotencyKeyParam idempotencyKey,
      @NotNull @Valid OpportunityRequest request,
      @Context UriInfo uri) {
    Actor actor = caller.get();
    return idempotentPosts.create(
        idempotencyKey.key(),
        actor,
        uri,
        request,
        () -> {
          OpportunityView opened =
              manage.open(
                  new OpenOpportunityCommand(
                      actor,
                      request.customerId(),
                      request.pipelineId(),
                      request.stageId(),
                      mapper.toDraft(request),
                      request.ownerId()));
          return new IdempotentPosts.Created(
              links.to(uri.getPath(), opened.id()), opened.version(), mapper.toResponse(opened));
        });
  }

  @GET
  @Extension(
      name = RequiredRoles.EXTENSION,
      value = RequiredRoles.OPPORTUNITY_READERS,
      parseValue = true)
  @Operation(
      operationId = "listOpportunities",
      summary = "List opportunities",
      description =
          "Inside the caller's scope, filtered, in the order asked for, one keyset page at a time.")
  @APIResponse(
      responseCode = "200",
      description = "One page",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = OpportunityPage.class)))
  public OpportunityPage list(@BeanParam PageParams page, @BeanParam OpportunityListParams params) {
    var found = queries.list(caller.get(), params.filter(), params.sort(), page.toPageRequest());
    return new OpportunityPage(
        found.items().stream().map(mapper::toResponse).toList(), found.nextCursor());
  }

  @GET
  @Path("/{id}")
  @Extension(
      name = RequiredRoles.EXTENSION,
      value = RequiredRoles.OPPORTUNITY_READERS,
      parseValue = true)
  @Operation(
      operationId = "getOpportunity",
      summary = "One opportunity",
      description = "With its ETag.")
  @APIResponse(
      responseCode = "200",
      description = "The opportunity",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = OpportunityResponse.class)))
  public Response get(@PathParam("id") @Parameter(description = "Opportunity id") UUID id) {
    return ok(queries.get(caller.get(), id));
  }

  @PATCH
  @Path("/{id}")
  @Consumes({MergePatch.MEDIA_TYPE, MediaType.APPLICATION_JSON})
  @Extension(
      name = RequiredRoles.EXTENSION,
      value = RequiredRoles.OPPORTUNITY_WRITERS,
      parseValue = true)
  @Operation(
      operationId = "updateOpportunity",
      summary = "Revise an opportunity or hand it over",
      description =
          "Applies a JSON merge patch; needs If-Match with the ETag read. Details change while it"
              + " is open (409 opportunity.not-open otherwise) and must keep what its stage"
              + " requires; ownerId and team hand it over (managers within their team, admins"
              + " anywhere), won or lost as well. Stages are changed through /stage, /win, /lose.")
  @RequestBody(
      content =
          @Content(
              mediaType = MergePatch.MEDIA_TYPE,
              schema = @Schema(implementation = OpportunityPatchRequest.class),
              examples =
                  @ExampleObject(
                      name = "new value and close date",
                      value =
                          "{\"amount\":{\"amount\":\"480000.00\",\"currency\":\"CNY\"},"
                              + "\"expectedCloseDate\":\"2027-04-30\",\"competitor\":null}")))
  @APIResponse(
      responseCode = "200",
      description = "The revised opportunity",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = OpportunityResponse.class)))
  public Response update(
      @PathParam("id") @Parameter(description = "Opportunity id") UUID id,
      @BeanParam IfMatchParam ifMatch,
      @Parameter(hidden = true) JsonNode document) {
    Actor actor = caller.get();
    long expectedVersion = ifMatch.expectedVersion();
    OpportunityPatchRequest request = mergePatch.read(document, OpportunityPatchRequest.class);
    OpportunityPatch patch =
        new OpportunityPatch(
            MergePatch.field(document, "name", request.name()),
            MergePatch.field(
                document, "amount", request.amount(), amount -> DealInputs.money(amount, "amount")),
            MergePatch.field(document, "lineItems", request.lineItems(), DealInputs::lineDrafts),
            MergePatch.field(document, "expectedCloseDate", request.expectedCloseDate()),
            MergePatch.field(document, "source", request.source()),
            MergePatch.field(document, "nextStep", request.nextStep()),
            MergePatch.field(document, "competitor", request.competitor()),
            MergePatch.field(document, "contacts", request.contacts(), DealInputs::contacts),
            MergePatch.field(document, "ownerId", request.ownerId()),
            MergePatch.field(document, "team", request.team()));
    return ok(manage.update(new UpdateOpportunityCommand(actor, id, expectedVersion, patch)));
  }

  @POST
  @Path("/{id}/stage")
  @Consumes(MediaType.APPLICATION_JSON)
  @Extension(
      name = RequiredRoles.EXTENSION,
      value = RequiredRoles.OPPORTUNITY_WRITERS,
      parseValue = true)
  @Operation(
      operationId = "moveOpportunityStage",
      summary = "Move to another stage",
      description =
          "To any open stage of its pipeline, forwards (skipping stages is allowed) or backwards;"
              + " entering a stage needs what it requires (422 opportunity.stage-requirements, one"
              + " error per missing field). Won and lost are reached through /win and /lose."
              + " Moving to the stage it is in changes nothing. If-Match is optional.")
  @RequestBody(
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = StageMoveRequest.class),
              examples =
                  @ExampleObject(
                      name = "to proposal",
                      value = "{\"stageId\":\"7e1f0000-0000-4000-8000-000000000003\"}")))
  @APIResponse(
      responseCode = "200",
      description = "The opportunity in its new stage",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = OpportunityResponse.class)))
  public Response move(
      @PathParam("id") @Parameter(description = "Opportunity id") UUID id,
      @BeanParam OptionalIfMatchParam ifMatch,
      @NotNull @Valid StageMoveRequest request) {
    return ok(
        progress.moveToStage(
            new OpportunityActionCommand(
                caller.get(), id, ifMatch.expectedVersion(), request.stageId(), null)));
  }

  @POST
  @Path("/{id}/win")
  @Extension(
      name = RequiredRoles.EXTENSION,
      value = RequiredRoles.OPPORTUNITY_WRITERS,
      parseValue = true)
  @Operation(
      operationId = "winOpportunity",
      summary = "Mark as won",
      description =
          "Into its pipeline's won stage; an opportunity won or lost already is refused (409"
              + " opportunity.not-open). If-Match is optional.")
  @APIResponse(
      responseCode = "200",
      description = "The opportunity, won",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = OpportunityResponse.class)))
  public Response win(
      @PathParam("id") @Parameter(description = "Opportunity id") UUID id,
      @BeanParam OptionalIfMatchParam ifMatch) {
    return ok(
        progress.win(
            new OpportunityActionCommand(caller.get(), id, ifMatch.expectedVersion(), null, null)));
  }

  @POST
  @Path("/{id}/lose")
  @Consumes(MediaType.APPLICATION_JSON)
  @Extension(
      name = RequiredRoles.EXTENSION,
      value = RequiredRoles.OPPORTUNITY_WRITERS,
      parseValue = true)
  @Operation(
      operationId = "loseOpportunity",
      summary = "Mark as lost",
      description =
          "For one of the lost reasons (422 opportunity.lost-reason-unknown otherwise), into its"
              + " pipeline's lost stage. If-Match is optional.")
  @RequestBody(
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = LoseRequest.class),
              examples = @ExampleObject(name = "price", value = "{\"reason\":\"Price\"}")))
  @APIResponse(
      responseCode = "200",
      description = "The opportunity, lost",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = OpportunityResponse.class)))
  public Response lose(
      @PathParam("id") @Parameter(description = "Opportunity id") UUID id,
      @BeanParam OptionalIfMatchParam ifMatch,
      @NotNull @Valid LoseRequest request) {
    return ok(
        progress.lose(
            new OpportunityActionCommand(
                caller.get(), id, ifMatch.expectedVersion(), null, request.reason())));
  }

  @POST
  @Path("/{id}/reopen")
  @Extension(name = RequiredRoles.EXTENSION, value = RequiredRoles.MANAGERS, parseValue = true)
  @Operation(
      operationId = "reopenOpportunity",
      summary = "Reopen a won or lost opportunity",
      description =
          "Managers and admins: back into the last open stage it was in (409"
              + " opportunity.not-closed for an open one). If-Match is optional.")
  @APIResponse(
      responseCode = "200",
      description = "The opportunity, open again",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = OpportunityResponse.class)))
  public Response reopen(
      @PathParam("id") @Parameter(description = "Opportunity id") UUID id,
      @BeanParam OptionalIfMatchParam ifMatch) {
    return ok(
        progress.reopen(
            new OpportunityActionCommand(caller.get(), id, ifMatch.expectedVersion(), null, null)));
  }

  @GET
  @Path("/{id}/stage-history")
  @Extension(
      name = RequiredRoles.EXTENSION,
      value = RequiredRoles.OPPORTUNITY_READERS,
      parseValue = true)
  @Operation(
      operationId = "getOpportunityStageHistory",
      summary = "Every stage it was in",
      description =
          "Oldest first, with entry and exit times (time in stage), each stage named as it is"
              + " named now.")
  @APIResponse(
      responseCode = "200",
      description = "The stage visits",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = StageHistoryResponse.class)))
  public StageHistoryResponse stageHistory(
      @PathParam("id") @Parameter(description = "Opportunity id") UUID id) {
    return new StageHistoryResponse(
        queries.stageHistory(caller.get(), id).stream().map(mapper::toResponse).toList());
  }

  @GET
  @Path("/{id}/history")
  @Extension(
      name = RequiredRoles.EXTENSION,
      value = RequiredRoles.OPPORTUNITY_READERS,
      parseValue = true)
  @Operation(
      operationId = "getOpportunityHistory",
      summary = "An opportunity's change history",
      description = "Every change, newest first: who, when, which fields, old and new values.")
  @APIResponse(
      responseCode = "200",
      description = "One page of history",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = ChangePage.class)))
  public ChangePage history(
      @PathParam("id") @Parameter(description = "Opportunity id") UUID id,
      @BeanParam PageParams page) {
    return changes.toPage(history.opportunityHistory(caller.get(), id, page.toPageRequest()));
  }

  private Response ok(OpportunityView opportunity) {
    return EntityTags.ok(mapper.toResponse(opportunity), opportunity.version());
  }
}
