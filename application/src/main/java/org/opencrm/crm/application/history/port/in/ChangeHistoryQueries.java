package org.opencrm.crm.application.history.port.in;

import java.util.UUID;
import org.opencrm.crm.application.shared.Page;
import org.opencrm.crm.application.shared.PageRequest;
import org.opencrm.crm.domain.shared.Actor;
import org.opencrm.crm.domain.shared.history.ChangeRecord;

/** The change history of records the caller may see, newest first. */
public interface ChangeHistoryQueries {

  Page<ChangeRecord> customerHistory(Actor actor, UUID customerId, PageRequest page);

  /** A lead's history: for leads inside the caller's scope, not for pooled ones seen masked. */
  Page<ChangeRecord> leadHistory(Actor actor, UUID leadId, PageRequest page);

  /** A product's history (price changes and the like), for everyone who reads the catalogue. */
  Page<ChangeRecord> productHistory(Actor actor, UUID productId, PageRequest page);

  /** An opportunity's history (every move, win, loss, revision), inside the caller's scope. */
  Page<ChangeRecord> opportunityHistory(Actor actor, UUID opportunityId, PageRequest page);

  /** A contract's history (approvals, payments, invoices…), inside the caller's scope. */
  Page<ChangeRecord> contractHistory(Actor actor, UUID contractId, PageRequest page);
}
