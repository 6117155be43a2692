package org.opencrm.crm.adapter.in.rest.followup;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "FollowUpRequest", description = "A logged interaction (跟进记录).")
public record FollowUpRequest(
    @Schema(required = true) @NotNull FollowUpTypeDto type,
    @Schema(
            description =
                "When it happened; defaults to now; from 1970-01-01T00:00:00Z up to now (422"
                    + " followup.too-long-ago, followup.in-the-future)")
        Instant occurredAt,
    @Schema(examples = "Called about the quote; wants a demo next week", required = true)
        @NotBlank
        @Size(max = 4000)
        String content,
    @Schema(examples = "Demo booked") @Size(max = 1000) String outcome,
    @Schema(
            description =
                "When to follow up next: from the day it happened up to ten years later (422"
                    + " followup.next-before-occurred, followup.next-too-far)",
            examples = "2026-12-01")
        LocalDate nextFollowUpOn) {

  /** The request body's example in the contract, for leads and customers alike. */
  static final String EXAMPLE =
      "{\"type\":\"CALL\",\"occurredAt\":\"2026-11-24T02:30:00Z\","
          + "\"content\":\"Discussed the quote\",\"outcome\":\"Wants a demo\","
          + "\"nextFollowUpOn\":\"2026-12-01\"}";
}
