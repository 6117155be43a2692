package org.opencrm.crm.application.duplicate.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import org.opencrm.crm.application.duplicate.DuplicateProbe;
import org.opencrm.crm.application.duplicate.port.in.DuplicateQueries;
import org.opencrm.crm.domain.duplicate.DisclosedDuplicate;
import org.opencrm.crm.domain.lead.LeadPermissions;
import org.opencrm.crm.domain.shared.Actor;
import org.opencrm.crm.domain.shared.InvalidValueException;

@ApplicationScoped
@Transactional
public class DuplicateQueryService implements DuplicateQueries {

  public static final String BATCH_TOO_LARGE = "duplicate.batch-too-large";

  private final DuplicateScreening screening;

  public DuplicateQueryService(DuplicateScreening screening) {
    this.screening = screening;
  }

  /** Reads only: joins a transaction if there is one, else saves the BEGIN/COMMIT round trips. */
  @Override
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<List<DisclosedDuplicate>> check(Actor actor, List<DuplicateProbe> probes) {
    LeadPermissions.checkCapture(actor);
    if (probes.isEmpty() || probes.size() > MAX_BATCH) {
      throw new InvalidValueException(
          BATCH_TOO_LARGE, "candidates", "Check from 1 to " + MAX_BATCH + " candidates at once");
    }
    return probes.stream().map(probe -> screening.disclose(actor, probe, null)).toList();
  }
}
