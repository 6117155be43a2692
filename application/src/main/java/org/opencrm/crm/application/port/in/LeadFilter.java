package org.opencrm.crm.application.port.in;

import org.opencrm.crm.domain.lead.LeadStatus;
import org.opencrm.crm.domain.shared.SourceChannel;

/** Filters of the lead lists; null means "any". */
public record LeadFilter(
    LeadStatus status,
    String ownerId,
    String team,
    SourceChannel source,
    String industry,
    String grade,
    Integer minScore) {

  public static final LeadFilter ANY = new LeadFilter(null, null, null, null, null, null, null);
}
