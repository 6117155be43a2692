package org.opencrm.crm.domain.shared.event;

import java.util.List;
import java.util.function.Predicate;
import org.opencrm.crm.domain.shared.history.ChangeSet;

/**
 * One field's change as an event reports it: personal data (a person's name, phones, e-mail, free
 * text) says only that the field changed, never the values.
 */
public record ReportedChange(String field, String from, String to, boolean masked) {

  public static List<ReportedChange> of(ChangeSet changes, Predicate<String> personal) {
    return changes.changes().stream()
        .map(
            c ->
                personal.test(c.field())
                    ? new ReportedChange(c.field(), null, null, true)
                    : new ReportedChange(c.field(), c.oldValue(), c.newValue(), false))
        .toList();
  }
}
