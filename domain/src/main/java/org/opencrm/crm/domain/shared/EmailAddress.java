package org.opencrm.crm.domain.shared;

import java.util.Locale;
import java.util.regex.Pattern;

/** An e-mail address, lower-cased so that the same address always compares equal. */
public record EmailAddress(String value) {

  public static final String INVALID = "email.invalid";
  // Deliberately simple: one @, a dotted domain, no spaces. Deliverability is not knowable here.
  private static final Pattern SHAPE = Pattern.compile("^[^@\\s]{1,64}@[^@\\s.]+(\\.[^@\\s.]+)+$");

  public EmailAddress {
    if (value == null) {
      throw new InvalidValueException(INVALID, "email", "Not a valid e-mail address");
    }
    value = value.strip().toLowerCase(Locale.ROOT);
    if (value.length() > 254 || !SHAPE.matcher(value).matches()) {
      throw new InvalidValueException(INVALID, "email", "Not a valid e-mail address");
    }
  }

  @Override
  public String toString() {
    return value;
  }
}
