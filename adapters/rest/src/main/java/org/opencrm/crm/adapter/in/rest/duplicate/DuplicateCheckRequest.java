package org.opencrm.crm.adapter.in.rest.duplicate;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
    name = "DuplicateCheckRequest",
    description = "One candidate (as a user types) or a batch of up to 1 000 (before an import).")
public record DuplicateCheckRequest(
    @Schema(required = true) @NotEmpty @Size(max = 1000)
        List<@NotNull @Valid Candidate> candidates) {

  @Schema(name = "DuplicateCheckCandidate", description = "What identifies the party.")
  public record Candidate(
      @Schema(examples = "[\"13800138000\"]") @Size(max = 5)
          List<@NotNull @Size(max = 40) String> phones,
      @Schema(examples = "wang@example.com") @Size(max = 254) String email,
      @Size(max = 18) String unifiedSocialCreditCode,
      @Schema(examples = "西湖科技") @Size(max = 200) String company) {}
}
