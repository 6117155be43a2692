package org.opencrm.crm.adapter.in.rest.pipeline;

import io.quarkus.security.Authenticated;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
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
import org.opencrm.crm.adapter.in.rest.common.EntityTags;
import org.opencrm.crm.adapter.in.rest.common.IdempotencyKeyParam;
import org.opencrm.crm.adapter.in.rest.common.IdempotentPosts;
import org.opencrm.crm.adapter.in.rest.common.IfMatchParam;
import org.opencrm.crm.adapter.in.rest.common.PublicLinks;
import org.opencrm.crm.adapter.in.rest.common.RequiredRoles;
import org.opencrm.crm.adapter.in.rest.pipeline.dto.LostReasonsRequest;
import org.opencrm.crm.adapter.in.rest.pipeline.dto.LostReasonsResponse;
import org.opencrm.crm.adapter.in.rest.pipeline.dto.PipelineList;
import org.opencrm.crm.adapter.in.rest.pipeline.dto.PipelineRequest;
import org.opencrm.crm.adapter.in.rest.pipeline.dto.PipelineResponse;
import org.opencrm.crm.application.pipeline.VersionedLostReasons;
import org.opencrm.crm.application.pipeline.port.in.ConfigurePipelinesUseCase;
import org.opencrm.crm.application.pipeline.port.in.PipelineQueries;
import org.opencrm.crm.domain.deal.Pipeline;
import org.opencrm.crm.domain.shared.Actor;

@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
@Tag(
    name = "Pipelines",
    description =
        "The deal configuration: sales pipelines (销售流程) with their stages, win probabilities and"
            + " entry requirements, and the reasons a deal may be lost for. Admins keep it;"
            + " everyone who sells, serves or reports reads it.")
@SecurityRequirement(name = "bearer")
public class PipelineResource {

  private static final String EXAMPLE =
      "{\"name\":\"Enterprise\",\"stages\":["
          + "{\"name\":\"Discovery\",\"probability\":\"10\",\"outcome\":\"OPEN\"},"
          + "{\"name\":\"Proposal\",\"probability\":\"40\",\"outcome\":\"OPEN\","
          + "\"requiredToEnter\":[\"amount\",\"expectedCloseDate\"]},"
          + "{\"name\":\"Commit\",\"probability\":\"80\",\"outcome\":\"OPEN\","
          + "\"requiredToEnter\":[\"amount\",\"expectedCloseDate\",\"contacts\"],\"commit\":true},"
          + "{\"name\":\"Won\",\"probability\":\"100\",\"outcome\":\"WON\"},"
          + "{\"name\":\"Lost\",\"probability\":\"0\",\"outcome\":\"LOST\"}]}";

  private final ConfigurePipelinesUseCase configure;
  private final PipelineQueries queries;
  private final PipelineRestMapper mapper;
  private final IdempotentPosts idempotentPosts;
  private final CurrentActor caller;
  private final PublicLinks links;

  PipelineResource(
      ConfigurePipelinesUseCase configure,
      PipelineQueries queries,
      PipelineRestMapper mapper,
      IdempotentPosts idempotentPosts,
      CurrentActor caller,
      PublicLinks links) {
    this.configure = configure;
    this.queries = queries;
    this.mapper = mapper;
    this.idempotentPosts = idempotentPosts;
    this.caller = caller;
    this.links = links;
  }

  @GET
  @Path("/pipelines")
  @Extension(
      name = RequiredRoles.EXTENSION,
      value = RequiredRoles.DEAL_CONFIGURATION_READERS,
      parseValue = true)
  @Operation(
      operationId = "listPipelines",
      summary = "List the pipelines",
      description = "Every pipeline with its stages in order, by name.")
  @APIResponse(
      responseCode = "200",
      description = "The pipelines",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = PipelineList.class)))
  public PipelineList list() {
    return new PipelineList(queries.list(caller.get()).stream().map(mapper::toResponse).toList());
  }

  @POST
  @Path("/pipelines")
  @Consumes(MediaType.APPLICATION_JSON)
  @Extension(name = RequiredRoles.EXTENSION, value = RequiredRoles.ADMINS, parseValue = true)
  @Operation(
      operationId = "createPipeline",
      summary = "Add a pipeline",
      description =
          "Its name is unique whatever its case (409 pipeline.name-taken); its stages are all new"
              + " (no ids). Send an Idempotency-Key to make retries safe.")
  @RequestBody(
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = PipelineRequest.class),
              examples = @ExampleObject(name = "enterprise", value = EXAMPLE)))
  @APIResponse(
      responseCode = "201",
      description = "Added",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = PipelineResponse.class)))
  public Response create(
      @BeanParam IdempotencyKeyParam idempotencyKey,
      @NotNull @Valid PipelineRequest request,
      @Context UriInfo uri) {
    Actor actor = caller.get();
    return idempotentPosts.create(
        idempotencyKey.key(),
        actor,
        uri,
        request,
        () -> {
          Pipeline created =
              configure.create(actor, request.name(), mapper.toDrafts(request.stages()));
          return new IdempotentPosts.Created(
              links.to(uri.getPath(), created.id().value()),
              created.version(),
              mapper.toResponse(created));
        });
  }

  @GET
  @Path("/pipelines/{id}")
  @Extension(
      name = RequiredRoles.EXTENSION,
      value = RequiredRoles.DEAL_CONFIGURATION_READERS,
      parseValue = true)
  @Operation(
      operationId = "getPipeline",
      summary = "One pipeline",
      description = "With its stages.")
  @APIResponse(
      responseCode = "200",
      description = "The pipeline",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = PipelineResponse.class)))
  public Response get(@PathParam("id") @Parameter(description = "Pipeline id") UUID id) {
    Pipeline pipeline = queries.get(caller.get(), id);
    return EntityTags.ok(mapper.toResponse(pipeline), pipeline.version());
  }

  @PUT
  @Path("/pipelines/{id}")
  @Consumes(MediaType.APPLICATION_JSON)
  @Extension(name = RequiredRoles.EXTENSION, value = RequiredRoles.ADMINS, parseValue = true)
  @Operation(
      operationId = "replacePipeline",
      summary = "Rename, reorder, add or remove stages",
      description =
          "Replaces the name and the whole list of stages; needs If-Match with the ETag read. A"
              + " stage sent with its id keeps it, and with it the opportunities in it and the"
              + " moves recorded through it; a stage without an id is new. A stage left out is"
              + " removed, unless opportunities are in it (409 pipeline.stage-in-use, naming how"
              + " many): move them first.")
  @RequestBody(
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = PipelineRequest.class),
              examples = @ExampleObject(name = "enterprise", value = EXAMPLE)))
  @APIResponse(
      responseCode = "200",
      description = "The pipeline as revised",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = PipelineResponse.class)))
  public Response replace(
      @PathParam("id") @Parameter(description = "Pipeline id") UUID id,
      @BeanParam IfMatchParam ifMatch,
      @NotNull @Valid PipelineRequest request) {
    Pipeline revised =
        configure.revise(
            caller.get(),
            id,
            ifMatch.expectedVersion(),
            request.name(),
            mapper.toDrafts(request.stages()));
    return EntityTags.ok(mapper.toResponse(revised), revised.version());
  }

  @GET
  @Path("/lost-reasons")
  @Extension(
      name = RequiredRoles.EXTENSION,
      value = RequiredRoles.DEAL_CONFIGURATION_READERS,
      parseValue = true)
  @Operation(
      operationId = "getLostReasons",
      summary = "The reasons a deal may be lost for",
      description = "The built-in list (version 0) until an admin sets one.")
  @APIResponse(
      responseCode = "200",
      description = "The list in force",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = LostReasonsResponse.class)))
  public Response lostReasons() {
    VersionedLostReasons reasons = queries.lostReasons(caller.get());
    return EntityTags.ok(mapper.toResponse(reasons), reasons.version());
  }

  @PUT
  @Path("/lost-reasons")
  @Consumes(MediaType.APPLICATION_JSON)
  @Extension(name = RequiredRoles.EXTENSION, value = RequiredRoles.ADMINS, parseValue = true)
  @Operation(
      operationId = "replaceLostReasons",
      summary = "Set the lost reasons",
      description =
          "Replaces the whole list; needs If-Match with the version read. Deals lost already keep"
              + " the reason they were lost for.")
  @RequestBody(
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = LostReasonsRequest.class),
              examples =
                  @ExampleObject(
                      name = "reasons",
                      value = "{\"reasons\":[\"Price\",\"Competitor chosen\",\"No budget\"]}")))
  @APIResponse(
      responseCode = "200",
      description = "The list now in force",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = LostReasonsResponse.class)))
  public Response replaceLostReasons(
      @BeanParam IfMatchParam ifMatch, @NotNull @Valid LostReasonsRequest request) {
    VersionedLostReasons reasons =
        configure.setLostReasons(caller.get(), request.reasons(), ifMatch.expectedVersion());
    return EntityTags.ok(mapper.toResponse(reasons), reasons.version());
  }
}
