package org.opencrm.crm.application.history.port.out;

import java.util.UUID;
import org.opencrm.crm.application.shared.Page;
import org.opencrm.crm.application.shared.PageRequest;
import org.opencrm.crm.domain.shared.history.ChangeRecord;

/** The append-only change history of every aggregate type. */
public interface ChangeHistory {

  /** Newest first. */
  Page<ChangeRecord> of(String aggregateType, UUID aggregateId, PageRequest page);
}
