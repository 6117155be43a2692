package org.opencrm.crm.application.fakes;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.opencrm.crm.application.history.port.out.ChangeHistory;
import org.opencrm.crm.application.shared.Page;
import org.opencrm.crm.application.shared.PageRequest;
import org.opencrm.crm.domain.shared.history.ChangeRecord;

public class InMemoryChangeHistory implements ChangeHistory {

  private final List<ChangeRecord> records = new ArrayList<>();

  public void record(ChangeRecord change) {
    records.add(change);
  }

  @Override
  public Page<ChangeRecord> of(String aggregateType, UUID aggregateId, PageRequest page) {
    return new Page<>(
        records.stream()
            .filter(
                r -> r.aggregateType().equals(aggregateType) && r.aggregateId().equals(aggregateId))
            .sorted(Comparator.comparing(ChangeRecord::occurredAt).reversed())
            .limit(page.limit())
            .toList(),
        null);
  }

  public List<ChangeRecord> all() {
    return List.copyOf(records);
  }
}
