package org.opencrm.crm.domain.contract;

import java.util.Locale;
import java.util.regex.Pattern;
import org.opencrm.crm.domain.shared.InvalidValueException;
import org.opencrm.crm.domain.shared.Text;

/**
 * A file attached to a contract (the signed scan, an annex), kept elsewhere: its name, where it is
 * and, to prove it unchanged, its SHA-256 checksum.
 */
public record Attachment(String name, String url, String checksum) {

  public static final String INVALID = "attachment.invalid";
  private static final Pattern URL = Pattern.compile("https?://\\S{1,2040}");
  private static final Pattern SHA256 = Pattern.compile("sha256:[0-9a-f]{64}");

  public Attachment {
    name = Text.required("name", name, 200);
    url = Text.required("url", url, 2048);
    if (!URL.matcher(url).matches()) {
      throw new InvalidValueException(INVALID, "url", "An attachment's URL is http(s)");
    }
    checksum = Text.optional("checksum", checksum, 80);
    if (checksum != null) {
      checksum = checksum.toLowerCase(Locale.ROOT);
      if (!SHA256.matcher(checksum).matches()) {
        throw new InvalidValueException(
            INVALID, "checksum", "A checksum is written sha256: and 64 hex digits");
      }
    }
  }
}
