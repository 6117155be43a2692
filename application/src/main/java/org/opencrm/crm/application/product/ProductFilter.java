package org.opencrm.crm.application.product;

import java.util.Locale;
import org.opencrm.crm.domain.shared.Text;

/**
 * Which products a catalogue list shows: active or inactive ones (null: both), of one category, and
 * whose code or name contains a text (case-insensitive).
 */
public record ProductFilter(Boolean active, String category, String text) {

  public ProductFilter {
    category = Text.optional("category", category, 100);
    text = Text.optional("q", text, 100);
    text = text == null ? null : text.toLowerCase(Locale.ROOT);
  }
}
