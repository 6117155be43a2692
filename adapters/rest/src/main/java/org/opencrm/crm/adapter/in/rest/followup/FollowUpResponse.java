package org.opencrm.crm.adapter.in.rest.followup;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
    name = "FollowUp",
    requiredProperties = {"id", "type", "occurredAt", "content", "authorId", "createdAt"},
    description =
        "A logged interaction. Append-only: corrections are new entries. A converted lead's"
            + " follow-ups carry both the lead and the customer; one logged on an opportunity carries the"
            + " opportunity and its customer.")
public record FollowUpResponse(
    UUID id,
    UUID leadId,
    UUID customerId,
    @Schema(nullable = true, description = "The opportunity it was logged on, if any")
        UUID opportunityId,
    FollowUpTypeDto type,
    Instant occurredAt,
    @Schema(examples = "Discussed the quote") String content,
    @Schema(examples = "Wants a demo") String outcome,
    LocalDate nextFollowUpOn,
    @Schema(description = "The author's user id", examples = "li.lei") String authorId,
    @Schema(examples = "李雷") String authorName,
    Instant createdAt) {

  @Schema(
      name = "FollowUpPage",
      requiredProperties = {"items"},
      description = "One page of follow-ups, newest first.")
  public record Page(
      List<FollowUpResponse> items,
      @Schema(
              description = "Pass as cursor for the next page; absent on the last page",
              examples =
                  "OCCURRED_AT,false|2026-11-24T02:30:00Z|6a0c1d5e-8b1e-4c47-9a55-2f4f0c1d2e3f")
          String nextCursor) {}
}
