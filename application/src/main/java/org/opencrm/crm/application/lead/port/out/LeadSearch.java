package org.opencrm.crm.application.lead.port.out;

import org.opencrm.crm.application.lead.LeadFilter;
import org.opencrm.crm.application.lead.LeadSort;
import org.opencrm.crm.application.lead.LeadView;
import org.opencrm.crm.application.shared.Page;
import org.opencrm.crm.application.shared.PageRequest;
import org.opencrm.crm.domain.shared.DataScope;

/** Lists of leads, in keyset pages, read with the same visibility as {@link LeadRepository}. */
public interface LeadSearch {

  /** Leads inside the scope (pooled ones included only when the filter asks for POOL). */
  Page<LeadView> search(LeadFilter filter, LeadSort sort, PageRequest page, DataScope scope);

  /** Pooled leads in the order asked for. */
  Page<LeadView> pool(LeadFilter filter, LeadSort sort, PageRequest page);
}
