package org.opencrm.crm.application.pool.port.in;

import java.util.List;
import java.util.UUID;
import org.opencrm.crm.domain.shared.Actor;

/**
 * Hand one or many leads to a rep (分配), all or none. The team defaults to the manager's own; an
 * admin may name any team.
 */
public record AssignLeadsCommand(Actor actor, List<UUID> leadIds, String repId, String team) {

  public AssignLeadsCommand {
    leadIds = List.copyOf(leadIds);
  }
}
