package org.opencrm.crm.application.duplicate.port.out;

import java.util.List;
import java.util.UUID;
import org.opencrm.crm.application.duplicate.DuplicateProbe;
import org.opencrm.crm.domain.duplicate.DuplicateCandidate;

/**
 * Looks for the party among all leads (open ones), customers (active ones) and contacts: exact
 * phone, e-mail and credit code, and company names similar after normalising (width, case, legal
 * forms, leading province and city). Sees everything: disclosure to the caller happens after.
 */
public interface DuplicateFinder {

  /** Candidates for the probe, never the lead {@code excludedLead} itself (may be null). */
  List<DuplicateCandidate> find(DuplicateProbe probe, UUID excludedLead);
}
