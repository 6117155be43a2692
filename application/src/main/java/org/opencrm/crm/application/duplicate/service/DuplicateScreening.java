package org.opencrm.crm.application.duplicate.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;
import org.opencrm.crm.application.duplicate.DuplicateProbe;
import org.opencrm.crm.application.duplicate.port.out.DuplicateFinder;
import org.opencrm.crm.domain.duplicate.DisclosedDuplicate;
import org.opencrm.crm.domain.duplicate.DuplicateDisclosure;
import org.opencrm.crm.domain.duplicate.DuplicatesFoundException;
import org.opencrm.crm.domain.lead.LeadPermissions;
import org.opencrm.crm.domain.lead.LeadProfile;
import org.opencrm.crm.domain.shared.Actor;
import org.opencrm.crm.domain.shared.Text;

/**
 * 查重 on entry: an exact match (phone, e-mail, credit code) stops the entry unless a manager or an
 * admin lets it in with a reason; similar company names only come back as possible duplicates.
 */
@ApplicationScoped
public class DuplicateScreening {

  private final DuplicateFinder finder;

  public DuplicateScreening(DuplicateFinder finder) {
    this.finder = finder;
  }

  /** The possible duplicates to show; throws when an exact duplicate is not let in. */
  public List<DisclosedDuplicate> screen(
      Actor actor, LeadProfile profile, UUID excludedLead, boolean allowDuplicate, String reason) {
    if (allowDuplicate) {
      LeadPermissions.checkDuplicateOverride(actor);
      Text.required("duplicateReason", reason, 500);
    }
    List<DisclosedDuplicate> found = disclose(actor, probe(profile), excludedLead);
    List<DisclosedDuplicate> exact = found.stream().filter(DisclosedDuplicate::exact).toList();
    if (!exact.isEmpty() && !allowDuplicate) {
      throw new DuplicatesFoundException(exact);
    }
    return allowDuplicate ? found : found.stream().filter(d -> !d.exact()).toList();
  }

  public List<DisclosedDuplicate> disclose(Actor actor, DuplicateProbe probe, UUID excludedLead) {
    if (probe.isEmpty()) {
      return List.of();
    }
    return DuplicateDisclosure.disclose(finder.find(probe, excludedLead), actor.scope());
  }

  public static DuplicateProbe probe(LeadProfile profile) {
    return new DuplicateProbe(
        profile.phones(), profile.email(), profile.creditCode(), profile.company());
  }
}
