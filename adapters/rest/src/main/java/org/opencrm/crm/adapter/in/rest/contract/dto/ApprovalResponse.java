package org.opencrm.crm.adapter.in.rest.contract.dto;

import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Approval", description = "The approval the contract went through, step by step.")
public record ApprovalResponse(
    @Schema(required = true, description = "The steps the rules asked for, in order")
        List<ApprovalLevelDto> levels,
    @Schema(nullable = true, description = "The step waiting for a decision")
        ApprovalLevelDto pendingLevel,
    @Schema(required = true) List<Decision> decisions) {

  @Schema(name = "ApprovalDecision", description = "One step decided.")
  public record Decision(
      @Schema(required = true) ApprovalLevelDto level,
      @Schema(required = true, examples = "wang.fang") String by,
      @Schema(required = true) boolean approved,
      @Schema(nullable = true, examples = "Discount agreed with finance") String comment,
      @Schema(required = true) Instant at) {}
}
