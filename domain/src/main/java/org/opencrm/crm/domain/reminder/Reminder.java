package org.opencrm.crm.domain.reminder;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import org.opencrm.crm.domain.shared.Text;
import org.opencrm.crm.domain.shared.UserId;

/**
 * Something due for a person (提醒): for now the warning that a held lead returns to the pool
 * tomorrow. One reminder per subject, kind and due instant, however often it is generated.
 */
public record Reminder(
    UUID id,
    UserId recipient,
    Kind kind,
    String subjectType,
    UUID subjectId,
    Instant dueAt,
    String message,
    Instant createdAt) {

  /** What the reminder is about. */
  public enum Kind {
    LEAD_RETURNS_TO_POOL
  }

  public Reminder {
    Objects.requireNonNull(id);
    Objects.requireNonNull(recipient);
    Objects.requireNonNull(kind);
    Objects.requireNonNull(subjectId);
    Objects.requireNonNull(dueAt);
    message = Text.required("message", message, 1000);
  }

  public static Reminder leadReturnsToPool(
      UserId owner, UUID leadId, Instant returnsAt, String why, Instant now) {
    return new Reminder(
        UUID.randomUUID(),
        owner,
        Kind.LEAD_RETURNS_TO_POOL,
        "lead",
        leadId,
        returnsAt,
        "This lead returns to the pool at " + returnsAt + ": " + why,
        now);
  }
}
