package org.opencrm.crm.adapter.in.rest.contract.dto;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.opencrm.crm.adapter.in.rest.common.dto.MoneyDto;

@Schema(
    name = "ContractSummary",
    description = "A contract as lists and the approval queue show it.")
public record ContractSummaryResponse(
    @Schema(required = true) UUID id,
    @Schema(required = true, examples = "HT-202612-00042") String number,
    @Schema(required = true) UUID customerId,
    @Schema(required = true, examples = "杭州西湖科技有限公司") String customerName,
    @Schema(required = true, examples = "ERP licences 2027") String title,
    @Schema(required = true) MoneyDto amount,
    @Schema(required = true) ContractStatusDto status,
    @Schema(nullable = true) ApprovalLevelDto pendingLevel,
    @Schema(nullable = true) LocalDate signedOn,
    @Schema(nullable = true) LocalDate startsOn,
    @Schema(nullable = true) LocalDate endsOn,
    @Schema(required = true, description = "Reversed payments left out") MoneyDto received,
    @Schema(required = true) MoneyDto invoiced,
    @Schema(required = true, examples = "li.lei") String ownerId,
    @Schema(nullable = true, examples = "east") String team,
    @Schema(required = true) Instant createdAt,
    @Schema(required = true) Instant updatedAt,
    @Schema(required = true, examples = "0") long version) {

  @Schema(name = "ContractPage", description = "One keyset page of contracts.")
  public record Page(
      @Schema(required = true) List<ContractSummaryResponse> items,
      @Schema(nullable = true, description = "Pass as cursor for the next page; null on the last")
          String nextCursor) {}
}
