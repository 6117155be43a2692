package org.opencrm.crm.adapter.in.rest.contract.dto;

import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "CommentRequest", description = "An approver's comment (required to reject).")
public record CommentRequest(
    @Schema(nullable = true, examples = "Discount agreed with finance") @Size(max = 1000)
        String comment) {}
