package org.opencrm.crm.adapter.out.persistence.customer;

import java.time.Instant;
import org.opencrm.crm.adapter.out.persistence.KeysetCursor;

/**
 * Where a page by relevance ended: the last match's score and, between equal scores, its last
 * update (the id follows in the cursor). Written into the cursor as {@code score@instant}.
 */
record Relevance(float score, Instant updatedAt) {

  /** The cursor's key read back; a cursor that does not hold one is refused like any other. */
  static Relevance of(KeysetCursor cursor) {
    int at = cursor.key().indexOf('@');
    KeysetCursor score =
        new KeysetCursor(cursor.order(), at < 0 ? "" : cursor.key().substring(0, at), cursor.id());
    KeysetCursor updated =
        new KeysetCursor(cursor.order(), cursor.key().substring(at + 1), cursor.id());
    return new Relevance(score.floatKey(), updated.instantKey());
  }

  /** Whether this is an exact match, the highest score there is. */
  boolean exact() {
    return score == 1f;
  }

  String key() {
    return score + "@" + updatedAt;
  }
}
