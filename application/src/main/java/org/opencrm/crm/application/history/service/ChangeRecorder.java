package org.opencrm.crm.application.history.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.opencrm.crm.application.history.port.out.ChangeHistory;
import org.opencrm.crm.domain.shared.Actor;
import org.opencrm.crm.domain.shared.history.Auditable;
import org.opencrm.crm.domain.shared.history.ChangeRecord;
import org.opencrm.crm.domain.shared.history.ChangeSet;

/**
 * Records in the history what a use case changed in any {@link Auditable} aggregate: the fields
 * whose values differ between its audit state before and after. Nothing changed, nothing recorded.
 * Every aggregate type's use cases record through here.
 */
@ApplicationScoped
public class ChangeRecorder {

  private final ChangeHistory history;

  public ChangeRecorder(ChangeHistory history) {
    this.history = history;
  }

  public void record(
      Actor actor,
      String aggregateType,
      UUID aggregateId,
      String action,
      Map<String, String> before,
      Auditable after,
      Instant now) {
    record(actor, aggregateType, aggregateId, action, before, after, now, null);
  }

  /** As above, with the reason the actor gave (or the system's, for scheduled changes). */
  public void record(
      Actor actor,
      String aggregateType,
      UUID aggregateId,
      String action,
      Map<String, String> before,
      Auditable after,
      Instant now,
      String reason) {
    ChangeSet changes = ChangeSet.between(before, after.auditState());
    if (!changes.isEmpty()) {
      history.record(
          ChangeRecord.of(actor, aggregateType, aggregateId, action, changes, now, reason));
    }
  }
}
