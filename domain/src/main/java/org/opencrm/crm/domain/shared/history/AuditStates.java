package org.opencrm.crm.domain.shared.history;

import java.util.SortedMap;

/** How an aggregate writes its audit state: each field as text, absent values left out. */
public final class AuditStates {

  private AuditStates() {}

  public static void put(SortedMap<String, String> state, String field, Object value) {
    if (value != null) {
      state.put(field, value.toString());
    }
  }
}
