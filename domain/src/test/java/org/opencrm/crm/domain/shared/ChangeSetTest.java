package org.opencrm.crm.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.opencrm.crm.domain.shared.history.ChangeSet;
import org.opencrm.crm.domain.shared.history.FieldChange;

class ChangeSetTest {

  @Test
  void between_listsChangedAddedAndRemovedFieldsInOrder() {
    ChangeSet changes =
        ChangeSet.between(
            Map.of("name", "Acme", "city", "Beijing", "notes", "old"),
            Map.of("name", "Acme Ltd", "city", "Beijing", "tags", "vip"));

    assertThat(changes.changes())
        .containsExactly(
            new FieldChange("name", "Acme", "Acme Ltd"),
            new FieldChange("notes", "old", null),
            new FieldChange("tags", null, "vip"));
  }

  @Test
  void between_equalStates_isEmpty() {
    assertThat(ChangeSet.between(Map.of("a", "1"), Map.of("a", "1")).isEmpty()).isTrue();
  }
}
