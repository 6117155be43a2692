package org.opencrm.crm.domain.followup;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.UUID;
import org.opencrm.crm.domain.shared.InvalidValueException;
import org.opencrm.crm.domain.shared.Text;
import org.opencrm.crm.domain.shared.UserId;

/**
 * One logged interaction with a lead, a customer or one of its opportunities (跟进记录): what kind,
 * when, what was said, what came of it, and when to follow up next. Append-only: a correction is a
 * new entry. A lead's follow-ups move to the customer it converts into, keeping the lead they were
 * logged on.
 */
public record FollowUp(
    UUID id,
    UUID leadId,
    UUID customerId,
    UUID opportunityId,
    FollowUpType type,
    Instant occurredAt,
    String content,
    String outcome,
    LocalDate nextFollowUpOn,
    UserId author,
    String authorName,
    Instant createdAt) {

  public static final String IN_THE_FUTURE = "followup.in-the-future";
  public static final String NEXT_BEFORE_OCCURRED = "followup.next-before-occurred";
  public static final String TOO_LONG_AGO = "followup.too-long-ago";
  public static final String NEXT_TOO_FAR = "followup.next-too-far";

  /** The earliest moment a logged interaction may have happened (older history is not a log). */
  public static final Instant EARLIEST = Instant.parse("1970-01-01T00:00:00Z");

  /** How far ahead the next follow-up may be planned. */
  public static final Period LONGEST_PLAN = Period.ofYears(10);

  /** Clocks of phones and servers differ a little; more than this ahead is a mistake. */
  private static final Duration CLOCK_TOLERANCE = Duration.ofMinutes(5);

  public FollowUp {
    Objects.requireNonNull(id);
    if (leadId == null && customerId == null) {
      throw new IllegalArgumentException("a follow-up is logged on a lead or a customer");
    }
    if (opportunityId != null && customerId == null) {
      throw new IllegalArgumentException("a follow-up on an opportunity is its customer's too");
    }
    type = Objects.requireNonNullElse(type, FollowUpType.OTHER);
    Objects.requireNonNull(occurredAt);
    content = Text.required("content", content, 4000);
    outcome = Text.optional("outcome", outcome, 1000);
    Objects.requireNonNull(author);
  }

  /** Logs a new interaction: it cannot lie in the future, nor be followed up before it happened. */
  public static FollowUp log(
      UUID leadId,
      UUID customerId,
      UUID opportunityId,
      FollowUpType type,
      Instant occurredAt,
      String content,
      String outcome,
      LocalDate nextFollowUpOn,
      UserId author,
      String authorName,
      Instant now) {
    Instant when = occurredAt == null ? now : occurredAt;
    if (when.isBefore(EARLIEST)) {
      throw new InvalidValueException(
          TOO_LONG_AGO, "occurredAt", "A follow-up cannot have happened before " + EARLIEST);
    }
    if (when.isAfter(now.plus(CLOCK_TOLERANCE))) {
      throw new InvalidValueException(
          IN_THE_FUTURE, "occurredAt", "A follow-up cannot have happened in the future");
    }
    if (nextFollowUpOn != null
        && nextFollowUpOn.isBefore(LocalDate.ofInstant(when, ZoneOffset.UTC))) {
      throw new InvalidValueException(
          NEXT_BEFORE_OCCURRED,
          "nextFollowUpOn",
          "The next follow-up cannot be before this one happened");
    }
    if (nextFollowUpOn != null
        && nextFollowUpOn.isAfter(LocalDate.ofInstant(when, ZoneOffset.UTC).plus(LONGEST_PLAN))) {
      throw new InvalidValueException(
          NEXT_TOO_FAR,
          "nextFollowUpOn",
          "The next follow-up is planned at most " + LONGEST_PLAN.getYears() + " years ahead");
    }
    return new FollowUp(
        UUID.randomUUID(),
        leadId,
        customerId,
        opportunityId,
        type,
        when,
        content,
        outcome,
        nextFollowUpOn,
        author,
        authorName,
        now);
  }
}
