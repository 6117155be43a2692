package org.opencrm.crm.application.event;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.opencrm.crm.domain.shared.ActorKind;
import org.opencrm.crm.domain.shared.event.ReportedChange;

/**
 * A domain event as the outbox keeps it and the feed publishes it: what happened to which subject,
 * when, by whom, with its personal data already masked.
 *
 * @param id unique per event, for consumers to drop the ones they have seen
 * @param subjectVersion the subject's version once the change was saved
 */
public record PublishedEvent(
    UUID id,
    String type,
    String subjectType,
    UUID subjectId,
    long subjectVersion,
    Instant occurredAt,
    ActorKind actorKind,
    String actorId,
    String reason,
    List<ReportedChange> changes,
    Map<String, String> references) {

  public PublishedEvent {
    changes = List.copyOf(changes);
    references = Map.copyOf(references);
  }
}
