package org.opencrm.crm.domain.shared.history;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

/** The differences between two audit states of one aggregate, field by field, in field order. */
public record ChangeSet(List<FieldChange> changes) {

  public ChangeSet {
    changes = List.copyOf(changes);
  }

  public static ChangeSet between(Map<String, String> before, Map<String, String> after) {
    TreeSet<String> fields = new TreeSet<>(before.keySet());
    fields.addAll(after.keySet());
    List<FieldChange> changes = new ArrayList<>();
    for (String field : fields) {
      String oldValue = before.get(field);
      String newValue = after.get(field);
      if (!Objects.equals(oldValue, newValue)) {
        changes.add(new FieldChange(field, oldValue, newValue));
      }
    }
    return new ChangeSet(changes);
  }

  public boolean isEmpty() {
    return changes.isEmpty();
  }
}
