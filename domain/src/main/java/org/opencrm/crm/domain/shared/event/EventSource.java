package org.opencrm.crm.domain.shared.event;

import org.opencrm.crm.domain.shared.history.Auditable;

/** An aggregate that records {@link DomainEvent}s as it changes. */
public interface EventSource extends Auditable {

  /** What happened since it was loaded or last saved; taking it clears it. */
  RecordedChanges takeRecordedChanges();
}
