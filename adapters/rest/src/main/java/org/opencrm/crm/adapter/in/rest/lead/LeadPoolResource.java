package org.opencrm.crm.adapter.in.rest.lead;

import io.quarkus.security.Authenticated;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.opencrm.crm.adapter.in.rest.common.CurrentActor;
import org.opencrm.crm.adapter.in.rest.common.EntityTags;
import org.opencrm.crm.adapter.in.rest.common.IfMatchParam;
import org.opencrm.crm.adapter.in.rest.common.PageParams;
import org.opencrm.crm.adapter.in.rest.common.RequiredRoles;
import org.opencrm.crm.adapter.in.rest.lead.dto.LeadPage;
import org.opencrm.crm.adapter.in.rest.lead.dto.PoolPolicyRequest;
import org.opencrm.crm.adapter.in.rest.lead.dto.PoolPolicyResponse;
import org.opencrm.crm.adapter.in.rest.lead.dto.PoolSimulationResponse;
import org.opencrm.crm.application.lead.port.in.LeadQueries;
import org.opencrm.crm.application.pool.VersionedPoolPolicy;
import org.opencrm.crm.application.pool.port.in.ManagePoolPolicyUseCase;

@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
@Tag(
    name = "Lead pool",
    description = "The shared pool (公海): pooled leads, the pool policy and its simulation")
@SecurityRequirement(name = "bearer")
public class LeadPoolResource {

  private static final String POLICY_EXAMPLE =
      "{\"maxHeldLeads\":200,\"maxClaimsPerDay\":50,\"followUpDeadlineDays\":30,"
          + "\"conversionDeadlineDays\":90,\"reclaimCooldownDays\":7}";

  private final LeadQueries queries;
  private final ManagePoolPolicyUseCase policies;
  private final LeadRestMapper mapper;
  private final CurrentActor caller;

  LeadPoolResource(
      LeadQueries queries,
      ManagePoolPolicyUseCase policies,
      LeadRestMapper mapper,
      CurrentActor caller) {
    this.queries = queries;
    this.policies = policies;
    this.mapper = mapper;
    this.caller = caller;
  }

  @GET
  @Path("/lead-pool")
  @Extension(name = RequiredRoles.EXTENSION, value = RequiredRoles.LEAD_WORKERS, parseValue = true)
  @Operation(
      operationId = "listLeadPool",
      summary = "List the pool (公海)",
      description =
          "Pooled leads, newest first, for any rep to claim; phones and e-mail masked (admins see"
              + " them in full).")
  @APIResponse(
      responseCode = "200",
      description = "One page of pooled leads",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = LeadPage.class)))
  public LeadPage pool(@BeanParam PageParams page, @BeanParam LeadListParams params) {
    return mapper.toPage(
        queries.pool(
            caller.get(), params.filter(null, null, null), params.sort(), page.toPageRequest()));
  }

  @GET
  @Path("/pool-policy")
  @Extension(name = RequiredRoles.EXTENSION, value = RequiredRoles.LEAD_WORKERS, parseValue = true)
  @Operation(
      operationId = "getPoolPolicy",
      summary = "The pool policy in force",
      description =
          "Hold and claim limits, auto-return deadlines and the re-claim cooldown. Version 0 is"
              + " the built-in default.")
  @APIResponse(
      responseCode = "200",
      description = "The policy",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = PoolPolicyResponse.class)))
  public Response policy() {
    VersionedPoolPolicy policy = policies.current(caller.get());
    return EntityTags.ok(mapper.toResponse(policy), policy.version());
  }

  @PUT
  @Path("/pool-policy")
  @Consumes(MediaType.APPLICATION_JSON)
  @Extension(name = RequiredRoles.EXTENSION, value = RequiredRoles.ADMINS, parseValue = true)
  @Operation(
      operationId = "replacePoolPolicy",
      summary = "Set the pool policy",
      description =
          "Replaces the whole policy (absent limits: no such rule). Admins only; needs If-Match"
              + " with the version read. The next auto-return sweep applies it.")
  @RequestBody(
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = PoolPolicyRequest.class),
              examples = @ExampleObject(name = "policy", value = POLICY_EXAMPLE)))
  @APIResponse(
      responseCode = "200",
      description = "The policy now in force",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = PoolPolicyResponse.class)))
  public Response replacePolicy(
      @BeanParam IfMatchParam ifMatch, @NotNull @Valid PoolPolicyRequest request) {
    long expected = ifMatch.expectedVersion();
    VersionedPoolPolicy policy =
        policies.update(caller.get(), LeadInputs.policy(request), expected);
    return EntityTags.ok(mapper.toResponse(policy), policy.version());
  }

  @POST
  @Path("/pool-policy/simulate")
  @Consumes(MediaType.APPLICATION_JSON)
  @Extension(name = RequiredRoles.EXTENSION, value = RequiredRoles.MANAGERS, parseValue = true)
  @Operation(
      operationId = "simulatePoolPolicy",
      summary = "Try a pool policy out",
      description =
          "Answers, without saving anything, how many held leads the proposed policy would return"
              + " to the pool now and on each of the next 7 days, per owner (managers: their"
              + " team's).")
  @RequestBody(
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = PoolPolicyRequest.class),
              examples = @ExampleObject(name = "policy", value = POLICY_EXAMPLE)))
  @APIResponse(
      responseCode = "200",
      description = "What the policy would do",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = PoolSimulationResponse.class)))
  public PoolSimulationResponse simulate(@NotNull @Valid PoolPolicyRequest request) {
    return mapper.toResponse(policies.simulate(caller.get(), LeadInputs.policy(request)));
  }
}
