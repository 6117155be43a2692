package org.opencrm.crm.application.lead.port.in;

import java.util.List;
import org.opencrm.crm.application.lead.LeadView;
import org.opencrm.crm.domain.duplicate.DisclosedDuplicate;

/** A lead as captured or changed, with the parties it may duplicate (similar names only). */
public record CaptureResult(LeadView lead, List<DisclosedDuplicate> possibleDuplicates) {

  public CaptureResult {
    possibleDuplicates = List.copyOf(possibleDuplicates);
  }
}
