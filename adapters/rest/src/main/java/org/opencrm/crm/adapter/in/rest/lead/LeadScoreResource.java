package org.opencrm.crm.adapter.in.rest.lead;

import io.quarkus.security.Authenticated;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.opencrm.crm.adapter.in.rest.common.CurrentActor;
import org.opencrm.crm.adapter.in.rest.common.RequiredRoles;
import org.opencrm.crm.adapter.in.rest.lead.dto.ScoringModelDto;
import org.opencrm.crm.application.scoring.port.in.ManageLeadScoringUseCase;
import org.opencrm.crm.application.scoring.port.in.ScoreExplanation;
import org.opencrm.crm.domain.lead.ScoreCard;

@Path("/api/v1/leads/{id}/score")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
@Tag(name = "Lead scoring")
@SecurityRequirement(name = "bearer")
public class LeadScoreResource {

  private final ManageLeadScoringUseCase scoring;
  private final CurrentActor caller;

  LeadScoreResource(ManageLeadScoringUseCase scoring, CurrentActor caller) {
    this.scoring = scoring;
    this.caller = caller;
  }

  @GET
  @Extension(name = RequiredRoles.EXTENSION, value = RequiredRoles.LEAD_WORKERS, parseValue = true)
  @Operation(
      operationId = "explainLeadScore",
      summary = "Why a lead scores what it scores",
      description =
          "The lead's score under the model in force, with every rule that matched and its points.")
  @APIResponse(
      responseCode = "200",
      description = "The explained score",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = ScoringModelDto.Explanation.class)))
  public ScoringModelDto.Explanation explain(
      @PathParam("id") @Parameter(description = "Lead id") UUID leadId) {
    ScoreExplanation explained = scoring.explain(caller.get(), leadId);
    ScoreCard card = explained.card();
    return new ScoringModelDto.Explanation(
        card.score(),
        card.grade(),
        explained.modelVersion(),
        card.contributions().stream()
            .map(c -> new ScoringModelDto.Contribution(c.rule(), c.points()))
            .toList());
  }
}
