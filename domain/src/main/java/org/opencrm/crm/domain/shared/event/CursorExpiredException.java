package org.opencrm.crm.domain.shared.event;

import org.opencrm.crm.domain.shared.DomainException;

/**
 * A feed cursor that points before events already purged: reading on from it would skip them
 * silently, so the reader must resynchronise instead.
 */
public class CursorExpiredException extends DomainException {

  public static final String CODE = "events.cursor-expired";

  public CursorExpiredException() {
    super(
        CODE,
        "The events after this cursor were partly dropped after the retention period; read the"
            + " feed again from its start (without after) and resynchronise");
  }
}
