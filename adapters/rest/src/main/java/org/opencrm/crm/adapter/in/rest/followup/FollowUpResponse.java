package org.opencrm.crm.adapter.in.rest.followup;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
    name = "FollowUp",
    description =
        "A logged interaction. Append-only: corrections are new entries. A converted lead's"
            + " follow-ups carry both the lead and the customer.")
public record FollowUpResponse(
    UUID id,
    UUID leadId,
    UUID customerId,
    FollowUpTypeDto type,
    Instant occurredAt,
    String content,
    String outcome,
    LocalDate nextFollowUpOn,
    @Schema(description = "The author's user id") String authorId,
    String authorName,
    Instant createdAt) {

  @Schema(name = "FollowUpPage", description = "One page of follow-ups, newest first.")
  public record Page(List<FollowUpResponse> items, String nextCursor) {}
}
