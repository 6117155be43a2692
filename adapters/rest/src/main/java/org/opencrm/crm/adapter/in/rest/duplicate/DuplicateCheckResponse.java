package org.opencrm.crm.adapter.in.rest.duplicate;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.opencrm.crm.adapter.in.rest.common.DuplicateResponse;

@Schema(
    name = "DuplicateCheckResponse",
    requiredProperties = {"results"},
    description = "The candidates' duplicates, in order.")
public record DuplicateCheckResponse(List<Result> results) {

  @Schema(
      name = "DuplicateCheckResult",
      requiredProperties = {"index", "blocked", "duplicates"})
  public record Result(
      @Schema(description = "Position of the candidate in the request") int index,
      @Schema(description = "Some match is exact: entering it would be refused") boolean blocked,
      List<DuplicateResponse> duplicates) {}
}
