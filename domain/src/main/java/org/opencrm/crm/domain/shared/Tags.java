package org.opencrm.crm.domain.shared;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.TreeSet;

/** Free labels on a record: trimmed, lower-cased, de-duplicated, at most 20 of 50 characters. */
public record Tags(List<String> values) {

  public static final Tags NONE = new Tags(List.of());
  public static final String TOO_MANY = "tags.too-many";
  private static final int MAX_TAGS = 20;

  public Tags {
    TreeSet<String> cleaned = new TreeSet<>();
    for (String tag : Objects.requireNonNullElse(values, List.<String>of())) {
      String text = Text.optional("tags", tag, 50);
      if (text != null) {
        cleaned.add(text.toLowerCase(Locale.ROOT));
      }
    }
    if (cleaned.size() > MAX_TAGS) {
      throw new InvalidValueException(TOO_MANY, "tags", "At most " + MAX_TAGS + " tags");
    }
    values = List.copyOf(cleaned);
  }

  public static Tags of(Collection<String> values) {
    return values == null ? NONE : new Tags(new java.util.ArrayList<>(values));
  }
}
