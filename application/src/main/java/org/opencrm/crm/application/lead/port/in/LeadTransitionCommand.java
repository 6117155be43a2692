package org.opencrm.crm.application.lead.port.in;

import java.util.UUID;
import org.opencrm.crm.domain.shared.Actor;

/**
 * A command on one lead (claim, release, disqualify): the version the caller read if they sent one
 * (null: act on the current state), and the reason where the command needs one.
 */
public record LeadTransitionCommand(
    Actor actor, UUID leadId, Long expectedVersion, String reason) {}
