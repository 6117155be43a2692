package org.opencrm.crm.adapter.in.rest.lead;

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
import java.util.List;
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
import org.opencrm.crm.adapter.in.rest.lead.dto.AssignRequest;
import org.opencrm.crm.adapter.in.rest.lead.dto.BulkAssignRequest;
import org.opencrm.crm.adapter.in.rest.lead.dto.ConversionResponse;
import org.opencrm.crm.adapter.in.rest.lead.dto.ConvertRequest;
import org.opencrm.crm.adapter.in.rest.lead.dto.LeadPage;
import org.opencrm.crm.adapter.in.rest.lead.dto.LeadPatchRequest;
import org.opencrm.crm.adapter.in.rest.lead.dto.LeadRequest;
import org.opencrm.crm.adapter.in.rest.lead.dto.LeadResponse;
import org.opencrm.crm.adapter.in.rest.lead.dto.PoolStatusResponse;
import org.opencrm.crm.adapter.in.rest.lead.dto.ReasonRequest;
import org.opencrm.crm.application.history.port.in.ChangeHistoryQueries;
import org.opencrm.crm.application.lead.LeadFilter;
import org.opencrm.crm.application.lead.LeadView;
import org.opencrm.crm.application.lead.port.in.CaptureLeadCommand;
import org.opencrm.crm.application.lead.port.in.CaptureResult;
import org.opencrm.crm.application.lead.port.in.ConversionResult;
import org.opencrm.crm.application.lead.port.in.ConvertLeadCommand;
import org.opencrm.crm.application.lead.port.in.ConvertLeadUseCase;
import org.opencrm.crm.application.lead.port.in.LeadQueries;
import org.opencrm.crm.application.lead.port.in.LeadTransitionCommand;
import org.opencrm.crm.application.lead.port.in.ManageLeadsUseCase;
import org.opencrm.crm.application.lead.port.in.UpdateLeadCommand;
import org.opencrm.crm.application.pool.port.in.AssignLeadsCommand;
import org.opencrm.crm.application.pool.port.in.ChangeLeadOwnershipUseCase;
import org.opencrm.crm.application.shared.Page;
import org.opencrm.crm.domain.shared.Actor;

@Path("/api/v1/leads")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
@Tag(
    name = "Leads",
    description =
        "Leads (线索): capture with duplicate check (查重), claim, release, assign, disqualify,"
            + " convert")
@SecurityRequirement(name = "bearer")
public class LeadResource {

  private final ManageLeadsUseCase manage;
  private final ChangeLeadOwnershipUseCase ownership;
  private final ConvertLeadUseCase conversion;
  private final LeadQueries queries;
  private final ChangeHistoryQueries history;
  private final LeadRestMapper mapper;
  private final ChangeRestMapper changes;
  private final LeadInputs inputs;
  private final IdempotentPosts idempotentPosts;
  private final MergePatch mergePatch;
  private final CurrentActor caller;
  private final PublicLinks links;

  LeadResource(
      ManageLeadsUseCase manage,
      ChangeLeadOwnershipUseCase ownership,
      ConvertLeadUseCase conversion,
      LeadQueries queries,
      ChangeHistoryQueries history,
      LeadRestMapper mapper,
      ChangeRestMapper changes,
      LeadInputs inputs,
      IdempotentPosts idempotentPosts,
      MergePatch mergePatch,
      CurrentActor caller,
      PublicLinks links) {
    this.manage = manage;
    this.ownership = ownership;
    this.conversion = conversion;
    this.queries = queries;
    this.history = history;
    this.mapper = mapper;
    this.changes = changes;
    this.inputs = inputs;
    this.idempotentPosts = idempotentPosts;
    this.mergePatch = mergePatch;
    this.caller = caller;
    this.links = links;
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Extension(
      name = RequiredRoles.EXTENSION,
      value = RequiredRoles.LEAD_CAPTURERS,
      parseValue = true)
  @Operation(
      operationId = "captureLead",
      summary = "Capture a lead",
      description =
          "Creates a lead, held by the calling rep unless toPool; an integration client's lead goes"
              + " to the pool. Checks for the same party among leads, customers and contacts"
              + " first: an exact match (phone, e-mail, credit code) answers 409"
              + " duplicate.exact-match with duplicates[]; similar company names come back as"
              + " possibleDuplicates. Send an"
              + " Idempotency-Key to make retries safe.")
  @RequestBody(
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = LeadRequest.class),
              examples =
                  @ExampleObject(
                      name = "webForm",
                      value =
                          "{\"personName\":\"王小明\",\"company\":\"杭州西湖科技有限公司\",\"title\":\"采购经理\","
                              + "\"phones\":[\"138 0013 8000\"],\"email\":\"wang@example.com\","
                              + "\"sourceChannel\":\"WEB_FORM\",\"industry\":\"Manufacturing\","
                              + "\"region\":{\"province\":\"浙江\",\"city\":\"杭州\"}}")))
  @APIResponse(
      responseCode = "201",
      description = "Captured",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = LeadResponse.class)))
  public Response capture(
      @BeanParam IdempotencyKeyParam idempotencyKey,
      @Valid @BeanParam DuplicateOverrideParams override,
      @NotNull @Valid LeadRequest request,
      @Context UriInfo uri) {
    Actor actor = caller.get();
    return idempotentPosts.create(
        idempotencyKey.key(),
        actor,
        uri,
        request,
        () -> {
          CaptureResult captured =
              manage.capture(
                  new CaptureLeadCommand(
                      actor,
                      inputs.profile(request),
                      Boolean.TRUE.equals(request.toPool()),
                      override.allowed(),
                      override.reason()));
          return new IdempotentPosts.Created(
              links.to(uri.getPath(), captured.lead().id()),
              captured.lead().version(),
              mapper.toResponse(captured.lead(), captured.possibleDuplicates()));
        });
  }

  @GET
  @Extension(name = RequiredRoles.EXTENSION, value = RequiredRoles.LEAD_WORKERS, parseValue = true)
  @Operation(
      operationId = "listLeads",
      summary = "List leads",
      description =
          "Leads inside the caller's data scope (own for sales, team for managers, all for"
              + " admins), newest first; the pool is listed only with status=POOL (or at"
              + " /lead-pool).")
  @APIResponse(
      responseCode = "200",
      description = "One page",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = LeadPage.class)))
  public LeadPage list(
      @BeanParam PageParams page,
      @BeanParam HeldLeadParams held,
      @BeanParam LeadListParams params) {
    LeadFilter filter = held.filter(params);
    return mapper.toPage(queries.list(caller.get(), filter, params.sort(), page.toPageRequest()));
  }

  @GET
  @Path("/{id}")
  @Extension(name = RequiredRoles.EXTENSION, value = RequiredRoles.LEAD_WORKERS, parseValue = true)
  @Operation(
      operationId = "getLead",
      summary = "Get a lead",
      description =
          "A lead inside the caller's scope, or a pooled one (then masked: phones and e-mail"
              + " hidden until claimed).")
  @APIResponse(
      responseCode = "200",
      description = "The lead",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = LeadResponse.class)))
  public Response get(@PathParam("id") @Parameter(description = "Lead id") UUID id) {
    LeadView lead = queries.get(caller.get(), id);
    return ok(lead);
  }

  @PATCH
  @Path("/{id}")
  @Consumes({MergePatch.MEDIA_TYPE, MediaType.APPLICATION_JSON})
  @Extension(name = RequiredRoles.EXTENSION, value = RequiredRoles.LEAD_WORKERS, parseValue = true)
  @Operation(
      operationId = "updateLead",
      summary = "Change a lead",
      description =
          "Applies a JSON merge patch to a lead the caller holds (managers: their team's; admins:"
              + " any). Needs If-Match. A change of phones, e-mail, credit code or company is"
              + " checked for duplicates like a capture.")
  @RequestBody(
      content =
          @Content(
              mediaType = MergePatch.MEDIA_TYPE,
              schema = @Schema(implementation = LeadPatchRequest.class),
              examples =
                  @ExampleObject(
                      name = "newPhone",
                      value = "{\"phones\":[\"13900139000\"],\"notes\":null}")))
  @APIResponse(
      responseCode = "200",
      description = "The changed lead",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = LeadResponse.class)))
  public Response update(
      @PathParam("id") @Parameter(description = "Lead id") UUID id,
      @BeanParam IfMatchParam ifMatch,
      @Valid @BeanParam DuplicateOverrideParams override,
      @Parameter(hidden = true) JsonNode document) {
    Actor actor = caller.get();
    long expectedVersion = ifMatch.expectedVersion();
    LeadPatchRequest request = mergePatch.read(document, LeadPatchRequest.class);
    CaptureResult updated =
        manage.update(
            new UpdateLeadCommand(
                actor,
                id,
                expectedVersion,
                inputs.patch(document, request),
                override.allowed(),
                override.reason()));
    return EntityTags.ok(
        mapper.toResponse(updated.lead(), updated.possibleDuplicates()), updated.lead().version());
  }

  @POST
  @Path("/{id}/claim")
  @Extension(name = RequiredRoles.EXTENSION, value = RequiredRoles.LEAD_WORKERS, parseValue = true)
  @Operation(
      operationId = "claimLead",
      summary = "Claim a lead from the pool (领取)",
      description =
          "The calling rep takes a pooled lead, within the pool policy: the hold limit"
              + " (pool.hold-limit-reached), the daily claim limit"
              + " (pool.daily-claim-limit-reached) and the re-claim cooldown"
              + " (pool.reclaim-cooldown). Of two reps claiming at once one wins; the other gets"
              + " 409 lead.not-in-pool.")
  @APIResponse(
      responseCode = "200",
      description = "The claimed lead, now unmasked",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = LeadResponse.class)))
  public Response claim(
      @PathParam("id") @Parameter(description = "Lead id") UUID id,
      @BeanParam OptionalIfMatchParam ifMatch) {
    LeadView lead =
        ownership.claim(
            new LeadTransitionCommand(caller.get(), id, ifMatch.expectedVersion(), null));
    return ok(lead);
  }

  @POST
  @Path("/{id}/release")
  @Consumes(MediaType.APPLICATION_JSON)
  @Extension(name = RequiredRoles.EXTENSION, value = RequiredRoles.LEAD_WORKERS, parseValue = true)
  @Operation(
      operationId = "releaseLead",
      summary = "Release a lead to the pool (退回)",
      description =
          "The holder (or their manager, or an admin) gives the lead back to the pool; the reason"
              + " is kept in the history. The rep may not re-claim it during the cooldown.")
  @APIResponse(
      responseCode = "200",
      description = "The lead, now in the pool",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = LeadResponse.class)))
  public Response release(
      @PathParam("id") @Parameter(description = "Lead id") UUID id,
      @BeanParam OptionalIfMatchParam ifMatch,
      @NotNull @Valid ReasonRequest request) {
    LeadView lead =
        ownership.release(
            new LeadTransitionCommand(
                caller.get(), id, ifMatch.expectedVersion(), request.reason()));
    return ok(lead);
  }

  @POST
  @Path("/{id}/assign")
  @Consumes(MediaType.APPLICATION_JSON)
  @Extension(name = RequiredRoles.EXTENSION, value = RequiredRoles.MANAGERS, parseValue = true)
  @Operation(
      operationId = "assignLead",
      summary = "Assign a lead to a rep (分配)",
      description =
          "A manager hands a pooled lead or one of the team's to a rep of the team; an admin to"
              + " any rep of any team. The rep's hold limit applies.")
  @APIResponse(
      responseCode = "200",
      description = "The assigned lead",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = LeadResponse.class)))
  public Response assign(
      @PathParam("id") @Parameter(description = "Lead id") UUID id,
      @NotNull @Valid AssignRequest request) {
    LeadView lead =
        ownership
            .assign(
                new AssignLeadsCommand(caller.get(), List.of(id), request.repId(), request.team()))
            .get(0);
    return ok(lead);
  }

  @POST
  @Path("/assignments")
  @Consumes(MediaType.APPLICATION_JSON)
  @Extension(name = RequiredRoles.EXTENSION, value = RequiredRoles.MANAGERS, parseValue = true)
  @Operation(
      operationId = "assignLeads",
      summary = "Assign many leads to a rep",
      description =
          "The bulk form of assign: up to 500 leads to one rep, all or none (the first refusal"
              + " answers, naming its rule, and nothing is assigned).")
  @APIResponse(
      responseCode = "200",
      description = "The assigned leads",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = LeadPage.class)))
  public LeadPage assignMany(@NotNull @Valid BulkAssignRequest request) {
    return mapper.toPage(
        new Page<>(
            ownership.assign(
                new AssignLeadsCommand(
                    caller.get(), request.leadIds(), request.repId(), request.team())),
            null));
  }

  @POST
  @Path("/{id}/disqualify")
  @Consumes(MediaType.APPLICATION_JSON)
  @Extension(name = RequiredRoles.EXTENSION, value = RequiredRoles.LEAD_WORKERS, parseValue = true)
  @Operation(
      operationId = "disqualifyLead",
      summary = "Disqualify a lead",
      description =
          "Closes a lead as not worth pursuing, with a reason. The holder, their manager or an"
              + " admin; pooled leads by managers and admins.")
  @APIResponse(
      responseCode = "200",
      description = "The disqualified lead",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = LeadResponse.class)))
  public Response disqualify(
      @PathParam("id") @Parameter(description = "Lead id") UUID id,
      @BeanParam OptionalIfMatchParam ifMatch,
      @NotNull @Valid ReasonRequest request) {
    LeadView lead =
        manage.disqualify(
            new LeadTransitionCommand(
                caller.get(), id, ifMatch.expectedVersion(), request.reason()));
    return ok(lead);
  }

  @POST
  @Path("/{id}/convert")
  @Consumes(MediaType.APPLICATION_JSON)
  @Extension(name = RequiredRoles.EXTENSION, value = RequiredRoles.LEAD_WORKERS, parseValue = true)
  @Operation(
      operationId = "convertLead",
      summary = "Convert a lead into a customer (线索转化)",
      description =
          "Creates a customer (named after the company, or the person) owned by the lead's holder"
              + " with the lead's person as primary contact, or adds the person as a contact of"
              + " existingCustomerId; moves the follow-ups along and marks the lead CONVERTED, all"
              + " in one transaction. With opportunity, an opportunity is opened for the customer"
              + " as well (held by its owner, the lead's person involved) in the same transaction;"
              + " its errors name opportunity.* fields. Converting twice answers 409"
              + " lead.already-converted.")
  @APIResponse(
      responseCode = "200",
      description = "The converted lead and what it became",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = ConversionResponse.class)))
  public ConversionResponse convert(
      @PathParam("id") @Parameter(description = "Lead id") UUID id,
      @BeanParam OptionalIfMatchParam ifMatch,
      @Valid ConvertRequest request) {
    ConversionResult result =
        conversion.convert(
            new ConvertLeadCommand(
                caller.get(),
                id,
                ifMatch.expectedVersion(),
                request == null ? null : request.existingCustomerId(),
                request == null ? null : DealInputs.newOpportunity(request.opportunity())));
    return new ConversionResponse(
        mapper.toResponse(result.lead()),
        result.customerId(),
        result.contactId(),
        result.opportunityId());
  }

  @GET
  @Path("/{id}/pool-status")
  @Extension(name = RequiredRoles.EXTENSION, value = RequiredRoles.LEAD_WORKERS, parseValue = true)
  @Operation(
      operationId = "getLeadPoolStatus",
      summary = "When will this lead return to the pool?",
      description =
          "Explains the future under the pool policy: which rule (no follow-up, no conversion)"
              + " returns the lead, on which date, and why; or why none will.")
  @APIResponse(
      responseCode = "200",
      description = "The lead's pool status",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = PoolStatusResponse.class)))
  public PoolStatusResponse poolStatus(
      @PathParam("id") @Parameter(description = "Lead id") UUID id) {
    return mapper.toResponse(queries.poolStatus(caller.get(), id));
  }

  @GET
  @Path("/{id}/history")
  @Extension(name = RequiredRoles.EXTENSION, value = RequiredRoles.LEAD_WORKERS, parseValue = true)
  @Operation(
      operationId = "getLeadHistory",
      summary = "A lead's change history",
      description =
          "Every change of the lead, newest first: captures, edits, claims, releases and"
              + " auto-returns (actor kind SYSTEM, with the rule as reason), assignments,"
              + " conversion.")
  @APIResponse(
      responseCode = "200",
      description = "One page of history",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = ChangePage.class)))
  public ChangePage history(
      @PathParam("id") @Parameter(description = "Lead id") UUID id, @BeanParam PageParams page) {
    var found = history.leadHistory(caller.get(), id, page.toPageRequest());
    return changes.toPage(found);
  }

  /** A lead as 200 with its version as ETag. */
  private Response ok(LeadView lead) {
    return EntityTags.ok(mapper.toResponse(lead), lead.version());
  }
}
