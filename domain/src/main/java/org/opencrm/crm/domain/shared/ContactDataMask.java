package org.opencrm.crm.domain.shared;

/**
 * Contact data shown to someone who may know that a party exists but not how to reach it (a pooled
 * lead before it is claimed): enough to tell two leads apart, not enough to call or write.
 */
public final class ContactDataMask {

  private ContactDataMask() {}

  /** {@code +8613800138000} becomes {@code +86138****8000}: country, prefix, last four digits. */
  public static String phone(PhoneNumber phone) {
    String digits = phone.e164();
    int keepEnd = 4;
    int keepStart = Math.min(6, digits.length() - keepEnd - 1);
    return digits.substring(0, keepStart)
        + "*".repeat(digits.length() - keepStart - keepEnd)
        + digits.substring(digits.length() - keepEnd);
  }

  /** {@code wang@example.com} becomes {@code w***@example.com}. */
  public static String email(EmailAddress email) {
    String value = email.value();
    int at = value.indexOf('@');
    return value.charAt(0) + "***" + value.substring(at);
  }
}
