package org.opencrm.crm.application.lead.port.in;

import java.util.UUID;
import org.opencrm.crm.domain.shared.Actor;

/** Change a lead's data; a change of phone, e-mail, credit code or company is checked for 查重. */
public record UpdateLeadCommand(
    Actor actor,
    UUID leadId,
    long expectedVersion,
    LeadPatch patch,
    boolean allowDuplicate,
    String duplicateReason) {}
