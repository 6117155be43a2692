package org.opencrm.crm.domain.shared.history;

import java.util.SortedMap;

/**
 * An aggregate whose changes the history records. Its audit state is a flat map from field name
 * (dotted for nested parts, e.g. {@code contacts.<id>.email}) to the value as text, so one
 * mechanism compares any aggregate before and after a change.
 */
public interface Auditable {

  SortedMap<String, String> auditState();
}
