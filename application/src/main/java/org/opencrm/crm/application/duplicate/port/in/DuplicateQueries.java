package org.opencrm.crm.application.duplicate.port.in;

import java.util.List;
import org.opencrm.crm.application.duplicate.DuplicateProbe;
import org.opencrm.crm.domain.duplicate.DisclosedDuplicate;
import org.opencrm.crm.domain.shared.Actor;

/** 查重 ahead of entry: as a user types, or before an import (up to 1 000 probes at once). */
public interface DuplicateQueries {

  int MAX_BATCH = 1000;

  /** For each probe, in order, its candidates as the caller may see them. */
  List<List<DisclosedDuplicate>> check(Actor actor, List<DuplicateProbe> probes);
}
