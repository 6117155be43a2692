package org.opencrm.crm.application.lead;

import org.opencrm.crm.domain.lead.LeadStatus;
import org.opencrm.crm.domain.shared.SourceChannel;
import org.opencrm.crm.domain.shared.Text;

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

  /**
   * Cleaned like every other filter: blank is absent; control characters and overlong values are
   * refused.
   */
  public LeadFilter {
    ownerId = Text.optional("ownerId", ownerId, 255);
    team = Text.optional("team", team, 100);
    industry = Text.optional("industry", industry, 100);
    grade = Text.optional("grade", grade, 50);
  }
}
