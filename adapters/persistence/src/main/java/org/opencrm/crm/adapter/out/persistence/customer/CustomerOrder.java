package org.opencrm.crm.adapter.out.persistence.customer;

import java.util.List;
import org.opencrm.crm.adapter.out.persistence.Conditions;
import org.opencrm.crm.adapter.out.persistence.KeysetCursor;
import org.opencrm.crm.application.customer.CustomerSort;

/**
 * The customer list's orders in SQL: the keys of each order (a search by relevance breaks ties by
 * the last update, every order by the id), where a page continues after a cursor, and the cursor's
 * key checked against the order's type.
 */
final class CustomerOrder {

  private CustomerOrder() {}

  /** After the cursor's row in the list's order; none on the first page. */
  static Conditions afterCursor(CustomerSort sort, KeysetCursor after) {
    Conditions condition = new Conditions();
    if (after != null && sort.field() == CustomerSort.Field.RELEVANCE) {
      Relevance relevance = Relevance.of(after);
      condition.add(
          "(c.score, c.updated_at, c.id) "
              + (sort.descending() ? "<" : ">")
              + " (CAST(? AS real), CAST(? AS timestamptz), ?)",
          List.of(relevance.score(), relevance.updatedAt().toString(), after.id()));
    } else if (after != null) {
      condition.add(
          "("
              + sortColumn(sort.field())
              + ", c.id) "
              + (sort.descending() ? "<" : ">")
              + " (CAST(? AS "
              + sortType(sort.field())
              + "), ?)",
          List.of(checkedKey(after, sort.field()), after.id()));
    }
    return condition;
  }

  /** The order's keys: the sort column, then (between equal scores) the last update, the id. */
  static String orderKeys(CustomerSort sort) {
    String direction = sort.descending() ? " DESC" : " ASC";
    String tie = sort.field() == CustomerSort.Field.RELEVANCE ? ", c.updated_at" + direction : "";
    return sortColumn(sort.field()) + direction + tie + ", c.id" + direction;
  }

  static String orderBy(CustomerSort sort) {
    return " ORDER BY " + orderKeys(sort);
  }

  /** Relevance is the match's score, which only a search has. */
  static String sortColumn(CustomerSort.Field field) {
    return switch (field) {
      case NAME -> "c.name";
      case CREATED_AT -> "c.created_at";
      case UPDATED_AT -> "c.updated_at";
      case RELEVANCE -> "c.score";
    };
  }

  /** The cursor's key, refused (422) unless it reads as the sort column's type. */
  static String checkedKey(KeysetCursor after, CustomerSort.Field field) {
    return switch (field) {
      case NAME -> after.key();
      case CREATED_AT, UPDATED_AT -> after.instantKey().toString();
      case RELEVANCE -> throw new IllegalStateException("a relevance cursor has two keys");
    };
  }

  static String sortType(CustomerSort.Field field) {
    return switch (field) {
      case NAME -> "varchar";
      case CREATED_AT, UPDATED_AT -> "timestamptz";
      case RELEVANCE -> "real";
    };
  }

  /** Cursors of one sort order do not fit another. */
  static String orderOf(CustomerSort sort) {
    return sort.field().name() + "," + sort.descending();
  }
}
