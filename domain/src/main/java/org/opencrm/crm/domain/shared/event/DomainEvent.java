package org.opencrm.crm.domain.shared.event;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Something that happened to an aggregate, named in the past tense and recorded by the aggregate as
 * it changed. What the history, the pool's ownership ledger and the published event feed keep is
 * derived from these, so no use case restates what happened.
 */
public interface DomainEvent {

  /** The published name, {@code <subject type>.<what happened>}, e.g. {@code lead.claimed}. */
  String type();

  /** How the change history names the change (the names it had before events existed). */
  String historyAction();

  /** {@code lead} or {@code customer}. */
  String subjectType();

  UUID subjectId();

  Instant occurredAt();

  /** What the change did to the subject's fields, personal data masked: safe to publish. */
  List<ReportedChange> changes();

  /** The other records the event names (the new owner, the customer a lead became), by role. */
  default Map<String, String> references() {
    return Map.of();
  }

  /**
   * References from alternating keys and values, leaving out the absent ones; a value is written as
   * its {@code toString()} (ids print their value).
   */
  static Map<String, String> references(Object... keysAndValues) {
    Map<String, String> references = new LinkedHashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      if (keysAndValues[i + 1] != null) {
        references.put((String) keysAndValues[i], keysAndValues[i + 1].toString());
      }
    }
    return references;
  }

  /** Why, when the domain knows it (a release, a disqualification, an automatic return). */
  default String reason() {
    return null;
  }
}
