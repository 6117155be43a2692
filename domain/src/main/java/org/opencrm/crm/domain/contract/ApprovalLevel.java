package org.opencrm.crm.domain.contract;

/** Who must approve: a manager of the owner's team, or an admin. */
public enum ApprovalLevel {
  TEAM_MANAGER,
  ADMIN
}
