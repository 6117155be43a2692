package org.opencrm.crm.application.scoring.port.in;

import java.util.UUID;
import org.opencrm.crm.application.scoring.VersionedScoringModel;
import org.opencrm.crm.domain.lead.ScoringModel;
import org.opencrm.crm.domain.shared.Actor;
import org.opencrm.crm.domain.shared.job.BackgroundJob;

/**
 * The lead scoring model (线索评分): everyone who works leads reads it and the explanation of a lead's
 * score; admins replace it, which rescores every lead in a background job.
 */
public interface ManageLeadScoringUseCase {

  String RESCORE_JOB = "lead-rescore";

  VersionedScoringModel current(Actor actor);

  /** Saves the model and queues the job that rescores all leads with it. */
  BackgroundJob replace(Actor actor, ScoringModel model, long expectedVersion);

  /** The lead's score under the model in force, rule by rule. */
  ScoreExplanation explain(Actor actor, UUID leadId);
}
