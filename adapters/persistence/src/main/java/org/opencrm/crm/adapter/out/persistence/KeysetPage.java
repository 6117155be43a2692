package org.opencrm.crm.adapter.out.persistence;

import java.util.List;
import java.util.function.Function;
import org.opencrm.crm.application.shared.Page;
import org.opencrm.crm.application.shared.PageRequest;

/**
 * The one keyset paging of every list: decode where the previous page ended, fetch one row more
 * than the page holds (so that whether another page follows is known without a count), cut it off
 * and hand out the cursor after the last item kept.
 */
public final class KeysetPage {

  private KeysetPage() {}

  /** Where the request continues, decoded for this list's order; null on the first page. */
  public static KeysetCursor after(PageRequest page, String order) {
    return page.cursor() == null ? null : KeysetCursor.decode(page.cursor(), order);
  }

  /** How many rows to fetch for the page. */
  public static int rowsToFetch(PageRequest page) {
    return page.limit() + 1;
  }

  /** The page made of rows fetched with {@link #rowsToFetch}, each mapped to its item. */
  public static <R, T> Page<T> of(
      List<R> rows, PageRequest page, Function<R, T> item, Function<R, KeysetCursor> cursorAfter) {
    if (rows.size() <= page.limit()) {
      return new Page<>(rows.stream().map(item).toList(), null);
    }
    List<R> kept = rows.subList(0, page.limit());
    return new Page<>(
        kept.stream().map(item).toList(), cursorAfter.apply(kept.get(kept.size() - 1)).encode());
  }
}
