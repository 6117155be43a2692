package org.opencrm.crm.application.lead.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Optional;
import java.util.UUID;
import org.opencrm.crm.application.lead.LeadFilter;
import org.opencrm.crm.application.lead.LeadSort;
import org.opencrm.crm.application.lead.LeadView;
import org.opencrm.crm.application.lead.port.in.LeadQueries;
import org.opencrm.crm.application.lead.port.out.LeadSearch;
import org.opencrm.crm.application.pool.port.in.PoolStatusView;
import org.opencrm.crm.application.pool.port.out.PoolPolicyStore;
import org.opencrm.crm.application.shared.Page;
import org.opencrm.crm.application.shared.PageRequest;
import org.opencrm.crm.domain.lead.Lead;
import org.opencrm.crm.domain.lead.LeadPermissions;
import org.opencrm.crm.domain.lead.PoolPolicy;
import org.opencrm.crm.domain.lead.ReturnForecast;
import org.opencrm.crm.domain.shared.Actor;

@ApplicationScoped
@Transactional
public class LeadQueryService implements LeadQueries {

  private final LeadLoader loader;
  private final LeadSearch leads;
  private final PoolPolicyStore policies;
  private final Clock clock;

  public LeadQueryService(
      LeadLoader loader, LeadSearch leads, PoolPolicyStore policies, Clock clock) {
    this.loader = loader;
    this.leads = leads;
    this.policies = policies;
    this.clock = clock;
  }

  @Override
  @Transactional(Transactional.TxType.SUPPORTS)
  public LeadView get(Actor actor, UUID leadId) {
    LeadPermissions.checkWork(actor);
    Lead lead = loader.find(actor, leadId);
    return LeadView.of(lead, actor);
  }

  @Override
  @Transactional(Transactional.TxType.SUPPORTS)
  public Page<LeadView> list(Actor actor, LeadFilter filter, LeadSort sort, PageRequest page) {
    LeadPermissions.checkWork(actor);
    return leads.search(filter, sort, page, actor.scope()).map(view -> view.seenBy(actor));
  }

  @Override
  @Transactional(Transactional.TxType.SUPPORTS)
  public Page<LeadView> pool(Actor actor, LeadFilter filter, LeadSort sort, PageRequest page) {
    LeadPermissions.checkWork(actor);
    return leads.pool(filter, sort, page).map(view -> view.seenBy(actor));
  }

  @Override
  public PoolStatusView poolStatus(Actor actor, UUID leadId) {
    LeadPermissions.checkWork(actor);
    Lead lead = loader.find(actor, leadId);
    PoolPolicy policy = policies.current().policy();
    Optional<ReturnForecast> forecast = ReturnForecast.of(lead, policy);
    if (forecast.isPresent()) {
      ReturnForecast f = forecast.get();
      String explanation =
          f.explanation(policy)
              + (f.isDue(clock.instant())
                  ? "; the deadline has passed, the next sweep returns it"
                  : "");
      return new PoolStatusView(
          lead.id().value(), lead.status(), f.rule(), f.returnsAt(), f.warnsAt(), explanation);
    }
    String why =
        switch (lead.status()) {
          case POOL -> "The lead is in the pool already";
          case CONVERTED -> "The lead is converted; it never returns to the pool";
          case DISQUALIFIED -> "The lead is disqualified; it never returns to the pool";
          case OWNED -> "The pool policy sets no follow-up or conversion deadline";
        };
    return new PoolStatusView(lead.id().value(), lead.status(), null, null, null, why);
  }
}
