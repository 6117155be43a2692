package org.opencrm.crm.adapter.out.persistence.customer;

import static org.opencrm.crm.adapter.out.persistence.PageFinder.bind;
import static org.opencrm.crm.adapter.out.persistence.customer.CustomerOrder.orderOf;
import static org.opencrm.crm.adapter.out.persistence.customer.CustomerRows.COLUMNS;
import static org.opencrm.crm.adapter.out.persistence.customer.CustomerRows.sortValue;
import static org.opencrm.crm.adapter.out.persistence.customer.CustomerRows.view;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.opencrm.crm.adapter.out.persistence.KeysetCursor;
import org.opencrm.crm.adapter.out.persistence.KeysetPage;
import org.opencrm.crm.adapter.out.persistence.ScopeCondition;
import org.opencrm.crm.application.customer.CustomerFilter;
import org.opencrm.crm.application.customer.CustomerSort;
import org.opencrm.crm.application.customer.CustomerView;
import org.opencrm.crm.application.customer.port.out.CustomerSearch;
import org.opencrm.crm.application.shared.Page;
import org.opencrm.crm.application.shared.PageRequest;
import org.opencrm.crm.domain.customer.CustomerId;
import org.opencrm.crm.domain.shared.DataScope;

/**
 * Customers as callers read them, in plain SQL (read models, not entities: no contacts loaded, no
 * change tracking): data scope, filters, typo-tolerant name search and keyset pagination on (sort
 * key, id), so every page costs the same however deep it is. How a page is found is the business of
 * {@link CustomerListPlans} and {@link CustomerNameSearch}; this class reads it.
 */
@ApplicationScoped
class CustomerReadModel implements CustomerSearch {

  private final DataSource dataSource;
  private final CustomerListPlans lists;
  private final CustomerNameSearch names;

  @Inject
  CustomerReadModel(
      DataSource dataSource,
      @ConfigProperty(name = "crm.lists.walk-budget", defaultValue = "10000") int walkBudget,
      @ConfigProperty(name = "crm.lists.gather-limit", defaultValue = "5000") long gatherLimit,
      @ConfigProperty(name = "crm.search.walk-budget", defaultValue = "2000") int searchBudget) {
    this.dataSource = dataSource;
    this.lists = new CustomerListPlans(walkBudget, gatherLimit);
    this.names = new CustomerNameSearch(lists, searchBudget);
  }

  @Override
  public Optional<CustomerView> findView(CustomerId customerId, DataScope scope) {
    UUID id = customerId.value();
    StringBuilder sql =
        new StringBuilder("SELECT ").append(COLUMNS).append(" FROM customer c WHERE c.id = ?");
    List<Object> params = new ArrayList<>(List.of(id));
    sql.append(" AND ").append(ScopeCondition.of(scope, "c.owner_id", "c.team").positional(params));
    try (Connection connection = dataSource.getConnection();
        PreparedStatement statement = connection.prepareStatement(sql.toString())) {
      bind(statement, params);
      try (ResultSet rows = statement.executeQuery()) {
        return rows.next() ? Optional.of(view(rows)) : Optional.empty();
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Customer lookup failed", e);
    }
  }

  @Override
  public Page<CustomerView> search(
      CustomerFilter filter, CustomerSort sort, PageRequest page, DataScope scope) {
    KeysetCursor after = KeysetPage.after(page, orderOf(sort));
    int rows = KeysetPage.rowsToFetch(page);
    try (Connection connection = dataSource.getConnection()) {
      PreparedStatement statement =
          filter.q() == null
              ? lists.page(connection, filter, sort, after, rows, scope)
              : names.search(
                  connection, new CustomerNameSearch.Search(filter, sort, after, rows, scope));
      return readPage(statement, sort, page);
    } catch (SQLException e) {
      throw new IllegalStateException("Customer search failed", e);
    }
  }

  private Page<CustomerView> readPage(
      PreparedStatement statement, CustomerSort sort, PageRequest page) throws SQLException {
    List<SortedView> rows = new ArrayList<>();
    try (statement;
        ResultSet found = statement.executeQuery()) {
      while (found.next()) {
        rows.add(new SortedView(view(found), sortValue(found, sort.field())));
      }
    }
    return KeysetPage.of(
        rows,
        page,
        SortedView::view,
        last -> new KeysetCursor(orderOf(sort), last.sortKey(), last.view().id()));
  }

  /** A listed customer with the value of the column the list is sorted by. */
  private record SortedView(CustomerView view, String sortKey) {}
}
