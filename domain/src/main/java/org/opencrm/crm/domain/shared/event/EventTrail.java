package org.opencrm.crm.domain.shared.event;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Predicate;
import org.opencrm.crm.domain.shared.history.Auditable;
import org.opencrm.crm.domain.shared.history.ChangeSet;

/**
 * The events an aggregate recorded and its audit state before the first of them. A change that
 * changed no field records nothing, as the history always did.
 */
public final class EventTrail {

  private final Predicate<String> personal;
  private final List<DomainEvent> events = new ArrayList<>();
  private SortedMap<String, String> baseline;
  private boolean creation;

  /** {@code personal} tells which audit fields hold personal data, masked in every event. */
  public EventTrail(Predicate<String> personal) {
    this.personal = personal;
  }

  /** Before a change: the subject's state now, which the event will be compared against. */
  public SortedMap<String, String> begin(Auditable subject) {
    SortedMap<String, String> state = subject.auditState();
    if (baseline == null) {
      baseline = state;
    }
    return state;
  }

  /** Before creating a subject: nothing existed. */
  public SortedMap<String, String> beginCreation() {
    baseline = new TreeMap<>();
    creation = true;
    return baseline;
  }

  /** After the change: records the event it amounts to, unless it changed nothing. */
  public void record(
      Map<String, String> before,
      Auditable subject,
      Function<List<ReportedChange>, DomainEvent> event) {
    ChangeSet changes = ChangeSet.between(before, subject.auditState());
    if (!changes.isEmpty()) {
      events.add(event.apply(ReportedChange.of(changes, personal)));
    }
  }

  /** Hands over what was recorded and starts afresh: each event is saved once. */
  public RecordedChanges take() {
    RecordedChanges taken =
        new RecordedChanges(baseline == null ? Map.of() : baseline, List.copyOf(events), creation);
    events.clear();
    baseline = null;
    creation = false;
    return taken;
  }
}
