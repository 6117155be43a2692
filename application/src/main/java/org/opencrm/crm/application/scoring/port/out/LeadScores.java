package org.opencrm.crm.application.scoring.port.out;

import java.util.List;
import java.util.UUID;
import org.opencrm.crm.domain.lead.LeadProfile;
import org.opencrm.crm.domain.lead.ScoreCard;

/** Bulk access to leads' profiles and scores, for rescoring all leads batch by batch. */
public interface LeadScores {

  long count();

  /** Up to {@code size} leads with ids after {@code afterId} (null: from the start), by id. */
  List<Scorable> after(UUID afterId, int size);

  void update(List<Scored> scores);

  /** A lead's id and profile. */
  record Scorable(UUID id, LeadProfile profile) {}

  /** A lead's new score. */
  record Scored(UUID id, ScoreCard card) {}
}
