package org.opencrm.crm.adapter.out.persistence.customer;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.function.Predicate;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.opencrm.crm.application.customer.CustomerFilter;
import org.opencrm.crm.application.customer.CustomerSort;
import org.opencrm.crm.application.customer.CustomerView;
import org.opencrm.crm.application.shared.Page;
import org.opencrm.crm.application.shared.PageRequest;
import org.opencrm.crm.domain.customer.DealStatus;
import org.opencrm.crm.domain.customer.DemandStatus;
import org.opencrm.crm.domain.customer.Importance;
import org.opencrm.crm.domain.shared.DataScope;
import org.opencrm.crm.domain.shared.TeamId;
import org.opencrm.crm.domain.shared.UserId;
import org.opencrm.crm.support.CrmTestResources;

/**
 * A filtered customer list walks its scope in order, gathers its matches by index, or leaves the
 * plan to PostgreSQL: each gives exactly the rows and the order an exhaustive filter and sort of
 * the same data gives, page after page, whichever strategy each page took.
 */
@QuarkusTest
@WithTestResource(CrmTestResources.class)
class CustomerListStrategiesTest {

  private static final String[] PROVINCES = {"浙江", "浙江", "浙江", "江苏", "重庆"};
  private static final String[] INDUSTRIES = {"Retail", "Retail", "Software", "Energy"};
  private static final String[] OWNERS = {"walk.a", "walk.b", "walk.c"};

  /** Similar words, so that a search finds exact matches and lesser ones. */
  private static final String[] WORDS = {"Orion", "Orion", "Orient", "Oriole", "Delta", "Deltaic"};

  @Inject DataSource dataSource;
  @Inject EntityManager em;

  private final List<Row> rows = new ArrayList<>();
  private String team;

  /** A generated customer as the reference list sees it. */
  private record Row(
      UUID id,
      String name,
      String owner,
      String province,
      String industry,
      String importance,
      String demand,
      boolean tagged,
      Instant createdAt,
      Instant updatedAt) {

    String idKey() {
      return id.toString();
    }
  }

  @BeforeEach
  void generate() {
    team = "walk-" + UUID.randomUUID().toString().substring(0, 8);
    Random random = new Random(17);
    Instant start = Instant.parse("2026-01-01T00:00:00Z");
    rows.clear();
    for (int i = 0; i < 240; i++) {
      // Few distinct names and times, so that ties are broken by the id as in the list.
      rows.add(
          new Row(
              UUID.randomUUID(),
              WORDS[random.nextInt(WORDS.length)] + " " + String.format("%03d", random.nextInt(60)),
              OWNERS[random.nextInt(OWNERS.length)],
              PROVINCES[random.nextInt(PROVINCES.length)],
              INDUSTRIES[random.nextInt(INDUSTRIES.length)],
              random.nextInt(10) == 0 ? "KEY" : "NORMAL",
              random.nextInt(3) == 0 ? "TARGET" : "POTENTIAL",
              random.nextInt(7) == 0,
              start.plusSeconds(3600L * random.nextInt(200)),
              start.plusSeconds(3600L * random.nextInt(200))));
    }
    QuarkusTransaction.requiringNew()
        .run(
            () -> {
              for (Row row : rows) {
                em.createNativeQuery(
                        "INSERT INTO customer (id, name, kind, industry, province, source_channel,"
                            + " tags, importance, demand_status, owner_id, team, created_at,"
                            + " updated_at, version) VALUES (:id, :name, 'COMPANY', :industry,"
                            + " :province, 'WEB_FORM', CAST(:tags AS text[]), :importance, :demand,"
                            + " :owner, :team, :created, :updated, 0)")
                    .setParameter("id", row.id())
                    .setParameter("name", row.name())
                    .setParameter("industry", row.industry())
                    .setParameter("province", row.province())
                    .setParameter("tags", row.tagged() ? "{vip}" : "{}")
                    .setParameter("importance", row.importance())
                    .setParameter("demand", row.demand())
                    .setParameter("owner", row.owner())
                    .setParameter("team", team)
                    .setParameter("created", row.createdAt())
                    .setParameter("updated", row.updatedAt())
                    .executeUpdate();
              }
            });
  }

  private record Case(String name, CustomerFilter filter, Predicate<Row> matches) {}

  private List<Case> cases() {
    return List.of(
        new Case("province", filter(null, "重庆", null, null, null, null), r -> is(r, "重庆", null)),
        new Case(
            "industry and importance",
            filter(null, null, "Software", Importance.KEY, null, null),
            r -> r.industry().equals("Software") && r.importance().equals("KEY")),
        new Case(
            "owner, province and demand",
            filter("walk.b", "浙江", null, null, DemandStatus.TARGET, null),
            r -> r.owner().equals("walk.b") && is(r, "浙江", null) && r.demand().equals("TARGET")),
        new Case(
            "tag and province",
            new CustomerFilter(null, team, null, "江苏", null, "vip", null, null, null, null),
            r -> r.tagged() && is(r, "江苏", null)),
        new Case(
            "deal status (none have deals) and industry",
            new CustomerFilter(
                null, team, "Retail", null, null, null, null, null, DealStatus.POTENTIAL, null),
            r -> r.industry().equals("Retail")),
        new Case(
            "no match",
            filter(null, "重庆", "Energy", Importance.KEY, DemandStatus.DEAD, null),
            r -> false));
  }

  private static boolean is(Row row, String province, String industry) {
    return row.province().equals(province) && (industry == null || row.industry().equals(industry));
  }

  private CustomerFilter filter(
      String owner,
      String province,
      String industry,
      Importance importance,
      DemandStatus demand,
      String tag) {
    return new CustomerFilter(
        owner, team, industry, province, null, tag, importance, demand, null, null);
  }

  @Test
  void everyBudget_givesTheExhaustiveOrder_inEveryScopeAndOrder() {
    List<DataScope> scopes =
        List.of(
            new DataScope.Everything(),
            new DataScope.TeamRecords(new TeamId(team)),
            new DataScope.OwnRecords(new UserId("walk.a")));
    // Walk budget and gather limit: always gather, always leave it to the planner, mixed, walk.
    for (int[] strategy : new int[][] {{1, 1_000_000}, {1, 0}, {6, 100}, {40, 0}, {100_000, 0}}) {
      CustomerReadModel lists =
          new CustomerReadModel(dataSource, strategy[0], strategy[1], strategy[0]);
      for (Case listCase : cases()) {
        for (DataScope scope : scopes) {
          Predicate<Row> inScope =
              scope instanceof DataScope.OwnRecords ? r -> r.owner().equals("walk.a") : r -> true;
          for (CustomerSort.Field field :
              List.of(
                  CustomerSort.Field.NAME,
                  CustomerSort.Field.CREATED_AT,
                  CustomerSort.Field.UPDATED_AT)) {
            for (boolean descending : new boolean[] {false, true}) {
              CustomerSort sort = new CustomerSort(field, descending);
              List<UUID> expected =
                  rows.stream()
                      .filter(inScope.and(listCase.matches()))
                      .sorted(order(field, descending))
                      .map(Row::id)
                      .toList();
              assertThat(allPages(lists, listCase.filter(), sort, scope))
                  .as("%s, %s, %s, strategy %s", listCase.name(), scope, sort, strategy)
                  .isEqualTo(expected);
            }
          }
        }
      }
    }
  }

  @Test
  void aSearch_givesTheExhaustiveRanking_whetherItWalksOrScoresEveryMatch() {
    CustomerFilter[] searches = {
      new CustomerFilter(null, team, null, null, null, null, null, null, null, "orion"),
      new CustomerFilter(null, team, null, null, null, null, null, null, null, "orien"),
      new CustomerFilter(null, team, null, "浙江", null, null, null, null, null, "delta"),
      new CustomerFilter(null, team, null, null, null, null, null, null, null, "orion 01"),
    };
    List<DataScope> scopes =
        List.of(new DataScope.Everything(), new DataScope.OwnRecords(new UserId("walk.a")));
    List<CustomerSort> sorts =
        List.of(
            new CustomerSort(CustomerSort.Field.RELEVANCE, true),
            new CustomerSort(CustomerSort.Field.RELEVANCE, false),
            new CustomerSort(CustomerSort.Field.NAME, false),
            new CustomerSort(CustomerSort.Field.UPDATED_AT, true));
    for (int budget : new int[] {1, 5, 100_000}) {
      CustomerReadModel lists = new CustomerReadModel(dataSource, budget, 5000, budget);
      for (CustomerFilter search : searches) {
        for (DataScope scope : scopes) {
          for (CustomerSort sort : sorts) {
            assertThat(allPages(lists, search, sort, scope))
                .as("%s, %s, %s, budget %d", search.q(), scope, sort, budget)
                .isNotEmpty()
                .isEqualTo(exhaustive(search, sort, scope));
          }
        }
      }
    }
  }

  /** Every match scored and sorted, the plain way. */
  @Test
  void everyMatch_holdsTheProbesItsWalkTestsFirst() throws SQLException {
    List<String> texts =
        new ArrayList<>(
            List.of(
                "Orion",
                "orion 01",
                "Orion-Tech Co., Ltd.",
                "a",
                "ab",
                "A B C",
                "x-ray",
                "X-Ray Imaging",
                "O'Brien",
                "O'Brien & Sons",
                "3M",
                "3M China",
                "重庆",
                "重庆食品",
                "重庆食品有限公司",
                "乌",
                "乌鲁木齐",
                "安河",
                "安河桥北",
                "京东 mall",
                "京东Mall 北京",
                "Kestrel Machinery Ltd.",
                "Kestrel Machinry",
                "Orin",
                "Orian Delt",
                "重庆食",
                "乌鲁木",
                "co"));
    rows.stream().limit(60).map(Row::name).forEach(texts::add);
    // Matches at the configured threshold hold one of the parts their walk tests first (V26).
    String sql =
        "SELECT count(*) FILTER (WHERE exact),"
            + " count(*) FILTER (WHERE exact AND NOT crm_search_text(n) LIKE ALL"
            + " (crm_search_probes(q))), count(*) FILTER (WHERE matching),"
            + " count(*) FILTER (WHERE matching AND NOT crm_search_text(n) LIKE ANY"
            + " (crm_search_match_probes(q,"
            + " CAST(current_setting('pg_trgm.word_similarity_threshold') AS real))))"
            + " FROM (SELECT q, n, word_similarity(crm_search_text(q), crm_search_text(n)) = 1"
            + " AS exact, crm_search_text(q) <% crm_search_text(n) AS matching"
            + " FROM unnest(CAST(? AS text[])) q, unnest(CAST(? AS text[])) n) pairs";
    try (Connection connection = dataSource.getConnection();
        PreparedStatement statement = connection.prepareStatement(sql)) {
      Array all = connection.createArrayOf("text", texts.toArray());
      statement.setArray(1, all);
      statement.setArray(2, all);
      try (ResultSet counted = statement.executeQuery()) {
        counted.next();
        assertThat(counted.getLong(1)).as("exact matches").isGreaterThan(texts.size());
        assertThat(counted.getLong(2)).as("exact matches without the probes").isZero();
        assertThat(counted.getLong(3)).as("matches").isGreaterThan(counted.getLong(1));
        assertThat(counted.getLong(4)).as("matches without a part").isZero();
      }
    }
  }

  private List<UUID> exhaustive(CustomerFilter search, CustomerSort sort, DataScope scope) {
    String direction = sort.descending() ? " DESC" : " ASC";
    String order =
        switch (sort.field()) {
          case RELEVANCE -> "score" + direction + ", updated_at" + direction;
          case NAME -> "name" + direction;
          case CREATED_AT -> "created_at" + direction;
          case UPDATED_AT -> "updated_at" + direction;
        };
    return QuarkusTransaction.requiringNew()
        .call(
            () ->
                em.createNativeQuery(
                        "SELECT id FROM (SELECT c.*, word_similarity(crm_search_text(:q),"
                            + " c.search_name) AS score FROM customer c WHERE c.team = :team"
                            + " AND crm_search_text(:q) <% c.search_name"
                            + " AND (CAST(:province AS text) IS NULL OR c.province = :province)"
                            + " AND (CAST(:owner AS text) IS NULL OR c.owner_id = :owner)) c"
                            + " ORDER BY "
                            + order
                            + ", id"
                            + direction,
                        UUID.class)
                    .setParameter("q", search.q())
                    .setParameter("team", team)
                    .setParameter("province", search.province())
                    .setParameter(
                        "owner",
                        scope instanceof DataScope.OwnRecords own ? own.owner().value() : null)
                    .getResultList());
  }

  private static List<UUID> allPages(
      CustomerReadModel lists, CustomerFilter filter, CustomerSort sort, DataScope scope) {
    List<UUID> ids = new ArrayList<>();
    String cursor = null;
    do {
      // A cursor that leads back would page forever: 240 customers fill at most 35 pages.
      assertThat(ids).as("customers paged through").hasSizeLessThanOrEqualTo(240);
      Page<CustomerView> page = lists.search(filter, sort, new PageRequest(7, cursor), scope);
      page.items().forEach(view -> ids.add(view.id()));
      cursor = page.nextCursor();
    } while (cursor != null);
    return ids;
  }

  private static Comparator<Row> order(CustomerSort.Field field, boolean descending) {
    Comparator<Row> byKey =
        switch (field) {
          case NAME -> Comparator.comparing(Row::name);
          case CREATED_AT -> Comparator.comparing(Row::createdAt);
          case UPDATED_AT -> Comparator.comparing(Row::updatedAt);
          case RELEVANCE -> throw new IllegalArgumentException("not a filter order");
        };
    Comparator<Row> order = byKey.thenComparing(Row::idKey);
    return descending ? order.reversed() : order;
  }
}
