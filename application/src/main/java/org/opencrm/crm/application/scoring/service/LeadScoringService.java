package org.opencrm.crm.application.scoring.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.opencrm.crm.application.job.port.in.JobQueries;
import org.opencrm.crm.application.job.port.out.JobStore;
import org.opencrm.crm.application.lead.service.LeadLoader;
import org.opencrm.crm.application.scoring.VersionedScoringModel;
import org.opencrm.crm.application.scoring.port.in.ManageLeadScoringUseCase;
import org.opencrm.crm.application.scoring.port.in.RescoreLeadsUseCase;
import org.opencrm.crm.application.scoring.port.in.ScoreExplanation;
import org.opencrm.crm.application.scoring.port.out.LeadScores;
import org.opencrm.crm.application.scoring.port.out.ScoringModelStore;
import org.opencrm.crm.domain.lead.Lead;
import org.opencrm.crm.domain.lead.LeadPermissions;
import org.opencrm.crm.domain.lead.ScoringModel;
import org.opencrm.crm.domain.shared.Actor;
import org.opencrm.crm.domain.shared.RecordNotFoundException;
import org.opencrm.crm.domain.shared.job.BackgroundJob;

/**
 * The scoring model and the rescoring of all leads when it changes: the change queues a job, and
 * {@link #workOnce} (called by the scheduler, on any number of instances) rescores one batch of
 * leads per transaction, in id order, recording its progress.
 */
@ApplicationScoped
@Transactional
public class LeadScoringService
    implements ManageLeadScoringUseCase, RescoreLeadsUseCase, JobQueries {

  private final ScoringModelStore models;
  private final JobStore jobs;
  private final LeadScores scores;
  private final LeadLoader leads;
  private final Clock clock;

  public LeadScoringService(
      ScoringModelStore models, JobStore jobs, LeadScores scores, LeadLoader leads, Clock clock) {
    this.models = models;
    this.jobs = jobs;
    this.scores = scores;
    this.leads = leads;
    this.clock = clock;
  }

  @Override
  public VersionedScoringModel current(Actor actor) {
    LeadPermissions.checkWork(actor);
    return models.current();
  }

  @Override
  public BackgroundJob replace(Actor actor, ScoringModel model, long expectedVersion) {
    LeadPermissions.checkChangeScoring(actor);
    Instant now = clock.instant();
    VersionedScoringModel saved = models.save(model, expectedVersion, actor.id().value(), now);
    jobs.supersedeUnfinished(RESCORE_JOB, now);
    BackgroundJob job =
        BackgroundJob.queue(
            RESCORE_JOB, scores.count(), Long.toString(saved.version()), actor.id().value(), now);
    jobs.save(job);
    return job;
  }

  @Override
  public ScoreExplanation explain(Actor actor, UUID leadId) {
    LeadPermissions.checkWork(actor);
    Lead lead = leads.find(actor, leadId);
    VersionedScoringModel model = models.current();
    return new ScoreExplanation(model.model().score(lead.profile()), model.version());
  }

  @Override
  public boolean workOnce(int batchSize) {
    BackgroundJob job = jobs.lockNext(RESCORE_JOB).orElse(null);
    if (job == null) {
      return false;
    }
    Instant now = clock.instant();
    VersionedScoringModel model = models.current();
    if (!Long.toString(model.version()).equals(job.parameter())) {
      jobs.save(job.superseded(now));
      return true;
    }
    UUID after = job.cursor() == null ? null : UUID.fromString(job.cursor());
    List<LeadScores.Scorable> batch = scores.after(after, batchSize);
    scores.update(
        batch.stream()
            .map(lead -> new LeadScores.Scored(lead.id(), model.model().score(lead.profile())))
            .toList());
    String next = batch.isEmpty() ? job.cursor() : batch.get(batch.size() - 1).id().toString();
    jobs.save(job.progressed(batch.size(), next, batch.size() < batchSize, now));
    return true;
  }

  @Override
  public BackgroundJob get(Actor actor, UUID jobId) {
    LeadPermissions.checkChangeScoring(actor);
    return jobs.find(jobId).orElseThrow(() -> new RecordNotFoundException("job", jobId));
  }
}
