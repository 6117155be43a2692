package org.opencrm.crm.application.contract.port.out;

import java.time.LocalDate;
import java.util.List;
import org.opencrm.crm.application.contract.ContractFilter;
import org.opencrm.crm.application.contract.ContractSummary;
import org.opencrm.crm.application.shared.Page;
import org.opencrm.crm.application.shared.PageRequest;
import org.opencrm.crm.domain.contract.ApprovalLevel;
import org.opencrm.crm.domain.shared.DataScope;
import org.opencrm.crm.domain.shared.TeamId;
import org.opencrm.crm.domain.shared.UserId;

/** The contracts' read side. */
public interface ContractSearch {

  /** Newest first, inside the scope; statuses as of {@code today}. */
  Page<ContractSummary> list(
      ContractFilter filter, PageRequest page, DataScope scope, LocalDate today);

  /**
   * Contracts waiting for a decision at one of the levels, of the team (null: any team), not held
   * by the approver: the approval queue, oldest first.
   */
  Page<ContractSummary> pendingApproval(
      List<ApprovalLevel> levels, TeamId team, UserId approver, PageRequest page, LocalDate today);
}
