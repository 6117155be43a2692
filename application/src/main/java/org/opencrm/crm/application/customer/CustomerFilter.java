package org.opencrm.crm.application.customer;

import org.opencrm.crm.domain.customer.DealStatus;
import org.opencrm.crm.domain.customer.DemandStatus;
import org.opencrm.crm.domain.customer.Importance;
import org.opencrm.crm.domain.shared.Text;

/** Filters of the customer list; null means "any". {@code q} is a typo-tolerant name search. */
public record CustomerFilter(
    String ownerId,
    String team,
    String industry,
    String province,
    String city,
    String tag,
    Importance importance,
    DemandStatus demandStatus,
    DealStatus dealStatus,
    String q) {

  public static final CustomerFilter NONE =
      new CustomerFilter(null, null, null, null, null, null, null, null, null, null);

  public CustomerFilter {
    ownerId = Text.optional("ownerId", ownerId, 255);
    team = Text.optional("team", team, 100);
    industry = Text.optional("industry", industry, 100);
    province = Text.optional("province", province, 50);
    city = Text.optional("city", city, 50);
    tag = tag == null ? null : Text.optional("tag", tag.toLowerCase(java.util.Locale.ROOT), 50);
    q = Text.optional("q", q, 200);
  }
}
