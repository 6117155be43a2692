package org.opencrm.crm.adapter.in.rest.contract.dto;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
    name = "ApprovalLevel",
    description =
        "Who approves a step: a manager of the contract's team (or an admin), or an admin.")
public enum ApprovalLevelDto {
  TEAM_MANAGER,
  ADMIN
}
