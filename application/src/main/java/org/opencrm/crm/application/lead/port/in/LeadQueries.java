package org.opencrm.crm.application.lead.port.in;

import java.util.UUID;
import org.opencrm.crm.application.lead.LeadFilter;
import org.opencrm.crm.application.lead.LeadSort;
import org.opencrm.crm.application.lead.LeadView;
import org.opencrm.crm.application.pool.port.in.PoolStatusView;
import org.opencrm.crm.application.shared.Page;
import org.opencrm.crm.application.shared.PageRequest;
import org.opencrm.crm.domain.shared.Actor;

/** Reads of leads: one lead, the caller's lists, the pool (公海) and a lead's pool future. */
public interface LeadQueries {

  LeadView get(Actor actor, UUID leadId);

  Page<LeadView> list(Actor actor, LeadFilter filter, LeadSort sort, PageRequest page);

  /** Pooled leads, newest first, masked: any rep sees the pool. */
  Page<LeadView> pool(Actor actor, LeadFilter filter, LeadSort sort, PageRequest page);

  PoolStatusView poolStatus(Actor actor, UUID leadId);
}
