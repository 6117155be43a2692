package org.opencrm.crm.adapter.in.rest.followup;

import io.quarkus.security.Authenticated;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
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
import org.opencrm.crm.adapter.in.rest.common.CurrentActor;
import org.opencrm.crm.adapter.in.rest.common.IdempotencyKeyParam;
import org.opencrm.crm.adapter.in.rest.common.PageParams;
import org.opencrm.crm.adapter.in.rest.common.RequiredRoles;
import org.opencrm.crm.application.followup.port.in.FollowUpQueries;

@Path("/api/v1/leads/{id}/follow-ups")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
@Tag(name = "Follow-ups", description = "The follow-up log (跟进记录) of leads and customers")
@Tag(name = "Leads")
@SecurityRequirement(name = "bearer")
public class LeadFollowUpResource {

  private final FollowUpPosts posts;
  private final FollowUpQueries queries;
  private final FollowUpRestMapper mapper;
  private final CurrentActor caller;

  LeadFollowUpResource(
      FollowUpPosts posts,
      FollowUpQueries queries,
      FollowUpRestMapper mapper,
      CurrentActor caller) {
    this.posts = posts;
    this.queries = queries;
    this.mapper = mapper;
    this.caller = caller;
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Extension(name = RequiredRoles.EXTENSION, value = RequiredRoles.LEAD_WORKERS, parseValue = true)
  @Operation(
      operationId = "logLeadFollowUp",
      summary = "Log a follow-up on a lead",
      description =
          "Appends an interaction to a lead the caller holds (managers: their team's). It restarts"
              + " the lead's auto-return clock. Append-only: correct a mistake with a new entry. Send an Idempotency-Key to make retries safe.")
  @RequestBody(
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = FollowUpRequest.class),
              examples = @ExampleObject(name = "call", value = FollowUpRequest.EXAMPLE)))
  @APIResponse(
      responseCode = "201",
      description = "Logged",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = FollowUpResponse.class)))
  public Response add(
      @PathParam("id") @Parameter(description = "Lead id") UUID leadId,
      @BeanParam IdempotencyKeyParam idempotencyKey,
      @NotNull @Valid FollowUpRequest request,
      @Context UriInfo uri) {
    return posts.log(leadId, null, null, idempotencyKey, request, uri);
  }

  @GET
  @Extension(name = RequiredRoles.EXTENSION, value = RequiredRoles.LEAD_WORKERS, parseValue = true)
  @Operation(
      operationId = "listLeadFollowUps",
      summary = "A lead's follow-ups",
      description = "The lead's follow-up log, newest first by when it happened.")
  @APIResponse(
      responseCode = "200",
      description = "One page of follow-ups",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = FollowUpResponse.Page.class)))
  public FollowUpResponse.Page list(
      @PathParam("id") @Parameter(description = "Lead id") UUID leadId,
      @BeanParam PageParams page) {
    return mapper.toResponse(queries.ofLead(caller.get(), leadId, page.toPageRequest()));
  }
}
