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

@Path("/api/v1/opportunities/{id}/follow-ups")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
@Tag(name = "Follow-ups", description = "The follow-up log (跟进记录) of leads and customers")
@Tag(name = "Opportunities")
@SecurityRequirement(name = "bearer")
public class OpportunityFollowUpResource {

  private final FollowUpPosts posts;
  private final FollowUpQueries queries;
  private final FollowUpRestMapper mapper;
  private final CurrentActor caller;

  OpportunityFollowUpResource(
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
  @Extension(
      name = RequiredRoles.EXTENSION,
      value = RequiredRoles.OPPORTUNITY_READERS,
      parseValue = true)
  @Operation(
      operationId = "logOpportunityFollowUp",
      summary = "Log a follow-up on an opportunity",
      description =
          "Appends an interaction to an opportunity inside the caller's scope (sales, service,"
              + " managers, admins); it shows in its customer's log too. Append-only: correct a"
              + " mistake with a new entry. Send an Idempotency-Key to make retries safe.")
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
      @PathParam("id") @Parameter(description = "Opportunity id") UUID opportunityId,
      @BeanParam IdempotencyKeyParam idempotencyKey,
      @NotNull @Valid FollowUpRequest request,
      @Context UriInfo uri) {
    return posts.log(null, null, opportunityId, idempotencyKey, request, uri);
  }

  @GET
  @Extension(
      name = RequiredRoles.EXTENSION,
      value = RequiredRoles.OPPORTUNITY_READERS,
      parseValue = true)
  @Operation(
      operationId = "listOpportunityFollowUps",
      summary = "An opportunity's follow-ups",
      description = "The follow-ups logged on the opportunity, newest first by when they happened.")
  @APIResponse(
      responseCode = "200",
      description = "One page of follow-ups",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = FollowUpResponse.Page.class)))
  public FollowUpResponse.Page list(
      @PathParam("id") @Parameter(description = "Opportunity id") UUID opportunityId,
      @BeanParam PageParams page) {
    return mapper.toResponse(
        queries.ofOpportunity(caller.get(), opportunityId, page.toPageRequest()));
  }
}
