package org.opencrm.crm.adapter.in.rest.contract.dto;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.opencrm.crm.adapter.in.rest.common.dto.LineItemResponse;
import org.opencrm.crm.adapter.in.rest.common.dto.MoneyDto;

@Schema(name = "Contract", description = "A contract (合同) with its approval and receivable.")
public record ContractResponse(
    @Schema(required = true) UUID id,
    @Schema(required = true, examples = "HT-202612-00042") String number,
    @Schema(required = true) UUID customerId,
    @Schema(nullable = true, examples = "杭州西湖科技有限公司") String customerName,
    @Schema(nullable = true) UUID opportunityId,
    @Schema(required = true, examples = "ERP licences 2027") String title,
    @Schema(required = true) MoneyDto amount,
    @Schema(required = true, description = "Empty for a plain amount")
        List<LineItemResponse> lineItems,
    @Schema(nullable = true) LocalDate signedOn,
    @Schema(nullable = true) LocalDate startsOn,
    @Schema(nullable = true) LocalDate endsOn,
    @Schema(required = true) List<AttachmentDto> attachments,
    @Schema(required = true) ContractStatusDto status,
    @Schema(nullable = true, description = "Absent until submitted") ApprovalResponse approval,
    @Schema(nullable = true, description = "The last rejecting approver's comment")
        String rejection,
    @Schema(nullable = true) String terminationReason,
    @Schema(nullable = true, description = "Absent until a plan is set or it comes into force")
        ReceivableResponse receivable,
    @Schema(required = true, examples = "li.lei") String ownerId,
    @Schema(nullable = true, examples = "east") String team,
    @Schema(nullable = true) Instant activatedAt,
    @Schema(required = true) Instant createdAt,
    @Schema(required = true) Instant updatedAt,
    @Schema(
            required = true,
            description = "Optimistic-locking version, echoed in If-Match",
            examples = "0")
        long version) {}
