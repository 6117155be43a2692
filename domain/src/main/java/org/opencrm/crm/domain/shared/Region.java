package org.opencrm.crm.domain.shared;

/** Where a party is: province (省) and city (市), both optional. */
public record Region(String province, String city) {

  public static final Region UNKNOWN = new Region(null, null);

  public Region {
    province = Text.optional("region.province", province, 50);
    city = Text.optional("region.city", city, 50);
  }
}
