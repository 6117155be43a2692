package org.opencrm.crm.adapter.in.rest.contract;

import io.quarkus.security.Authenticated;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
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
import org.opencrm.crm.adapter.in.rest.common.RequiredRoles;
import org.opencrm.crm.adapter.in.rest.contract.dto.ContractSettingsDto;
import org.opencrm.crm.application.contract.VersionedContractSettings;
import org.opencrm.crm.application.contract.port.in.ContractQueries;
import org.opencrm.crm.application.contract.port.in.ContractSettingsUseCase;

@Path("/api/v1/contract-settings")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
@Tag(name = "Contracts")
@SecurityRequirement(name = "bearer")
public class ContractSettingsResource {

  private final ContractQueries queries;
  private final ContractSettingsUseCase settings;
  private final ContractRestMapper mapper;
  private final CurrentActor caller;

  ContractSettingsResource(
      ContractQueries queries,
      ContractSettingsUseCase settings,
      ContractRestMapper mapper,
      CurrentActor caller) {
    this.queries = queries;
    this.settings = settings;
    this.mapper = mapper;
    this.caller = caller;
  }

  @GET
  @Extension(
      name = RequiredRoles.EXTENSION,
      value = RequiredRoles.CONTRACT_READERS,
      parseValue = true)
  @Operation(
      operationId = "getContractSettings",
      summary = "How contract numbers are made and when approval is needed",
      description = "The built-in settings (version 0) until an admin sets others.")
  @APIResponse(
      responseCode = "200",
      description = "The settings in force",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = ContractSettingsDto.Response.class)))
  public Response current() {
    VersionedContractSettings current = queries.settings(caller.get());
    return EntityTags.ok(mapper.toResponse(current), current.version());
  }

  @PUT
  @Consumes(MediaType.APPLICATION_JSON)
  @Extension(name = RequiredRoles.EXTENSION, value = RequiredRoles.ADMINS, parseValue = true)
  @Operation(
      operationId = "replaceContractSettings",
      summary = "Set the number pattern and the approval rules",
      description =
          "Replaces the settings; needs If-Match with the version read. Contracts submitted"
              + " before keep the steps they were given.")
  @RequestBody(
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = ContractSettingsDto.Request.class),
              examples =
                  @ExampleObject(
                      name = "settings",
                      value =
                          "{\"numberPattern\":\"HT-{yyyy}{MM}-{seq:5}\","
                              + "\"managerAbove\":{\"amount\":\"100000.00\",\"currency\":\"CNY\"},"
                              + "\"adminAbove\":{\"amount\":\"1000000.00\",\"currency\":\"CNY\"},"
                              + "\"managerForDiscountAbove\":\"20\"}")))
  @APIResponse(
      responseCode = "200",
      description = "The settings now in force",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = ContractSettingsDto.Response.class)))
  public Response replace(
      @BeanParam IfMatchParam ifMatch, @NotNull @Valid ContractSettingsDto.Request request) {
    VersionedContractSettings replaced =
        settings.replace(caller.get(), mapper.toSettings(request), ifMatch.expectedVersion());
    return EntityTags.ok(mapper.toResponse(replaced), replaced.version());
  }
}
