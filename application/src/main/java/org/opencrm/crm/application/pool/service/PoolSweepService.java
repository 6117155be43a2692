package org.opencrm.crm.application.pool.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.opencrm.crm.application.lead.service.AuditedLeadSaves;
import org.opencrm.crm.application.pool.port.in.ReturnLeadsToPoolUseCase;
import org.opencrm.crm.application.pool.port.out.PoolPolicyStore;
import org.opencrm.crm.application.pool.port.out.PoolReturns;
import org.opencrm.crm.application.pool.port.out.ReminderStore;
import org.opencrm.crm.domain.lead.Lead;
import org.opencrm.crm.domain.lead.PoolPolicy;
import org.opencrm.crm.domain.lead.ReturnForecast;
import org.opencrm.crm.domain.reminder.Reminder;
import org.opencrm.crm.domain.shared.Actor;

@ApplicationScoped
@Transactional
public class PoolSweepService implements ReturnLeadsToPoolUseCase {

  private final PoolReturns returns;
  private final PoolPolicyStore policies;
  private final AuditedLeadSaves saves;
  private final ReminderStore reminders;
  private final Clock clock;

  public PoolSweepService(
      PoolReturns returns,
      PoolPolicyStore policies,
      AuditedLeadSaves saves,
      ReminderStore reminders,
      Clock clock) {
    this.returns = returns;
    this.policies = policies;
    this.saves = saves;
    this.reminders = reminders;
    this.clock = clock;
  }

  @Override
  public int returnOverdue(int batchSize) {
    PoolPolicy policy = policies.current().policy();
    Instant now = clock.instant();
    List<Lead> overdue = returns.lockOverdue(policy, now, batchSize);
    int returned = 0;
    for (Lead lead : overdue) {
      // The domain rule decides; the query only preselects (and locks) the candidates.
      ReturnForecast forecast = ReturnForecast.of(lead, policy).orElse(null);
      if (forecast == null || !forecast.isDue(now)) {
        continue;
      }
      lead.returnToPool(forecast.explanation(policy), now);
      saves.save(Actor.system(), lead);
      returned++;
    }
    return returned;
  }

  @Override
  public int warnOwners(int batchSize) {
    PoolPolicy policy = policies.current().policy();
    Instant now = clock.instant();
    int warned = 0;
    for (Lead lead : returns.dueForWarning(policy, now, batchSize)) {
      ReturnForecast forecast = ReturnForecast.of(lead, policy).orElse(null);
      if (forecast == null || now.isBefore(forecast.warnsAt())) {
        continue;
      }
      reminders.addOnce(
          Reminder.leadReturnsToPool(
              lead.owner(),
              lead.id().value(),
              forecast.returnsAt(),
              forecast.explanation(policy),
              now));
      warned++;
    }
    return warned;
  }
}
