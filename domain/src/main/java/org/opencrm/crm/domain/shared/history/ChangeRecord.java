package org.opencrm.crm.domain.shared.history;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.opencrm.crm.domain.shared.Actor;
import org.opencrm.crm.domain.shared.ActorKind;

/**
 * One entry of a record's history (变更记录): who did what to which aggregate when, and which fields
 * changed from what to what. Shared by every aggregate type.
 */
public record ChangeRecord(
    UUID id,
    String aggregateType,
    UUID aggregateId,
    String action,
    String actorId,
    String actorName,
    ActorKind actorKind,
    Instant occurredAt,
    String reason,
    List<FieldChange> changes) {

  public ChangeRecord {
    changes = List.copyOf(changes);
  }

  public static ChangeRecord of(
      Actor actor,
      String aggregateType,
      UUID aggregateId,
      String action,
      ChangeSet changes,
      Instant now) {
    return of(actor, aggregateType, aggregateId, action, changes, now, null);
  }

  /** An entry that also says why (a release, an auto-return, a duplicate let in). */
  public static ChangeRecord of(
      Actor actor,
      String aggregateType,
      UUID aggregateId,
      String action,
      ChangeSet changes,
      Instant now,
      String reason) {
    return new ChangeRecord(
        UUID.randomUUID(),
        aggregateType,
        aggregateId,
        action,
        actor.id().value(),
        actor.displayName(),
        actor.kind(),
        now,
        reason,
        changes.changes());
  }
}
