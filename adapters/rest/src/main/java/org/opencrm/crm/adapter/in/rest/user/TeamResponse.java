package org.opencrm.crm.adapter.in.rest.user;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
    name = "Team",
    requiredProperties = {"team", "members", "activeMembers", "activeRecordOwners"},
    description = "A team as the directory knows it: named by its members' team claim")
public record TeamResponse(
    @Schema(examples = "east") String team,
    @Schema(description = "Members in the directory", examples = "4") long members,
    @Schema(description = "Active members", examples = "4") long activeMembers,
    @Schema(description = "Active members whose roles own records", examples = "3")
        long activeRecordOwners) {

  @Schema(
      name = "TeamList",
      requiredProperties = {"items"},
      description = "The teams the caller may see")
  public record TeamList(List<TeamResponse> items) {}
}
