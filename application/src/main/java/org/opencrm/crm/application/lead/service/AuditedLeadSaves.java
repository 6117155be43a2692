package org.opencrm.crm.application.lead.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Map;
import org.opencrm.crm.application.history.service.ChangeRecorder;
import org.opencrm.crm.application.lead.port.out.LeadRepository;
import org.opencrm.crm.domain.lead.Lead;
import org.opencrm.crm.domain.shared.Actor;

/**
 * Saves a lead and records what changed, and why, in the history: the one way leads are written.
 */
@ApplicationScoped
public class AuditedLeadSaves {

  public static final String AGGREGATE = "lead";

  private final LeadRepository leads;
  private final ChangeRecorder recorder;

  public AuditedLeadSaves(LeadRepository leads, ChangeRecorder recorder) {
    this.leads = leads;
    this.recorder = recorder;
  }

  public Lead save(
      Actor actor,
      Lead lead,
      Map<String, String> before,
      String action,
      Instant now,
      String reason) {
    Lead saved = leads.save(lead);
    recorder.record(actor, AGGREGATE, saved.id().value(), action, before, saved, now, reason);
    return saved;
  }
}
