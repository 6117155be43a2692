package org.opencrm.crm.adapter.in.rest.lead;

import io.quarkus.security.Authenticated;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
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
import org.opencrm.crm.adapter.in.rest.common.PublicLinks;
import org.opencrm.crm.adapter.in.rest.common.RequiredRoles;
import org.opencrm.crm.adapter.in.rest.common.dto.JobResponse;
import org.opencrm.crm.adapter.in.rest.lead.dto.ScoringModelDto;
import org.opencrm.crm.application.scoring.VersionedScoringModel;
import org.opencrm.crm.application.scoring.port.in.ManageLeadScoringUseCase;
import org.opencrm.crm.domain.lead.LeadAttribute;
import org.opencrm.crm.domain.lead.ScoringModel;
import org.opencrm.crm.domain.lead.ScoringRule;
import org.opencrm.crm.domain.shared.InvalidValueException;
import org.opencrm.crm.domain.shared.job.BackgroundJob;

@Path("/api/v1/lead-scoring")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
@Tag(name = "Lead scoring", description = "The lead scoring model (线索评分) and its rescoring job")
@SecurityRequirement(name = "bearer")
public class LeadScoringResource {

  private final ManageLeadScoringUseCase scoring;
  private final CurrentActor caller;
  private final PublicLinks links;

  LeadScoringResource(ManageLeadScoringUseCase scoring, CurrentActor caller, PublicLinks links) {
    this.scoring = scoring;
    this.caller = caller;
    this.links = links;
  }

  @GET
  @Extension(name = RequiredRoles.EXTENSION, value = RequiredRoles.LEAD_WORKERS, parseValue = true)
  @Operation(
      operationId = "getLeadScoring",
      summary = "The lead scoring model",
      description = "Rules and grades in force; version 0 is the built-in default.")
  @APIResponse(
      responseCode = "200",
      description = "The model",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = ScoringModelDto.Response.class)))
  public Response get() {
    VersionedScoringModel model = scoring.current(caller.get());
    return EntityTags.ok(toResponse(model), model.version());
  }

  @PUT
  @Consumes(MediaType.APPLICATION_JSON)
  @Extension(name = RequiredRoles.EXTENSION, value = RequiredRoles.ADMINS, parseValue = true)
  @Operation(
      operationId = "replaceLeadScoring",
      summary = "Replace the lead scoring model",
      description =
          "Saves the model (admins; If-Match with the version read) and answers 202 with the job"
              + " that rescores every lead; follow it at the Location. New and changed leads are"
              + " scored with the new model at once.")
  @RequestBody(
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = ScoringModelDto.Request.class),
              examples =
                  @ExampleObject(
                      name = "model",
                      value =
                          "{\"rules\":[{\"name\":\"Referred\",\"attribute\":\"SOURCE\","
                              + "\"operator\":\"EQUALS\",\"values\":[\"REFERRAL\"],\"points\":30},"
                              + "{\"name\":\"Big company\",\"attribute\":\"SIZE_BAND\","
                              + "\"operator\":\"GREATER_THAN\",\"values\":[\"MEDIUM\"],\"points\":25}],"
                              + "\"grades\":[{\"name\":\"HOT\",\"minScore\":50},"
                              + "{\"name\":\"WARM\",\"minScore\":20},{\"name\":\"COLD\",\"minScore\":0}]}")))
  @APIResponse(
      responseCode = "202",
      description = "Saved; the rescoring job",
      headers =
          @Header(
              name = "Location",
              description = "The job, to follow its progress",
              schema = @Schema(type = SchemaType.STRING)),
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = JobResponse.class)))
  public Response replace(
      @BeanParam IfMatchParam ifMatch,
      @NotNull @Valid ScoringModelDto.Request request,
      @Context UriInfo uri) {
    long expected = ifMatch.expectedVersion();
    BackgroundJob job = scoring.replace(caller.get(), toModel(request), expected);
    return Response.accepted(JobResponse.of(job))
        .header(HttpHeaders.LOCATION, links.to("/api/v1/jobs", job.id()))
        .build();
  }

  private static ScoringModel toModel(ScoringModelDto.Request request) {
    List<ScoringRule> rules = new ArrayList<>();
    for (int i = 0; i < request.rules().size(); i++) {
      ScoringModelDto.Rule rule = request.rules().get(i);
      try {
        rules.add(
            new ScoringRule(
                rule.name(),
                LeadAttribute.valueOf(rule.attribute().name()),
                ScoringRule.Operator.valueOf(rule.operator().name()),
                rule.values(),
                rule.points()));
      } catch (InvalidValueException e) {
        throw e.at("rules[" + i + "]." + e.field());
      }
    }
    return new ScoringModel(
        rules,
        request.grades().stream()
            .map(grade -> new ScoringModel.Grade(grade.name(), grade.minScore()))
            .toList());
  }

  static ScoringModelDto.Response toResponse(VersionedScoringModel versioned) {
    ScoringModel model = versioned.model();
    return new ScoringModelDto.Response(
        model.rules().stream()
            .map(
                rule ->
                    new ScoringModelDto.Rule(
                        rule.name(),
                        ScoringModelDto.LeadAttributeDto.valueOf(rule.attribute().name()),
                        ScoringModelDto.OperatorDto.valueOf(rule.operator().name()),
                        rule.values(),
                        rule.points()))
            .toList(),
        model.grades().stream()
            .map(grade -> new ScoringModelDto.Grade(grade.name(), grade.minScore()))
            .toList(),
        versioned.updatedAt(),
        versioned.updatedBy(),
        versioned.version());
  }
}
