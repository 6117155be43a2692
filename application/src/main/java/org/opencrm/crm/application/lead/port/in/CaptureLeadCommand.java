package org.opencrm.crm.application.lead.port.in;

import org.opencrm.crm.domain.lead.LeadProfile;
import org.opencrm.crm.domain.shared.Actor;

/**
 * Capture a lead. A rep's lead is theirs unless {@code toPool}; an integration client's goes to the
 * pool. {@code allowDuplicate} with a reason lets an exact duplicate in (managers and admins).
 */
public record CaptureLeadCommand(
    Actor actor,
    LeadProfile profile,
    boolean toPool,
    boolean allowDuplicate,
    String duplicateReason) {}
