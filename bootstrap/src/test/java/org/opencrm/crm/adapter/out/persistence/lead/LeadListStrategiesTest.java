package org.opencrm.crm.adapter.out.persistence.lead;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.function.Predicate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.opencrm.crm.application.lead.LeadFilter;
import org.opencrm.crm.application.lead.LeadSort;
import org.opencrm.crm.application.lead.LeadView;
import org.opencrm.crm.application.shared.Page;
import org.opencrm.crm.application.shared.PageRequest;
import org.opencrm.crm.domain.lead.LeadStatus;
import org.opencrm.crm.domain.shared.DataScope;
import org.opencrm.crm.domain.shared.SourceChannel;
import org.opencrm.crm.domain.shared.TeamId;
import org.opencrm.crm.domain.shared.UserId;
import org.opencrm.crm.support.CrmTestResources;

/**
 * A lead list walks its scope in order, gathers its matches by index, or leaves the plan to
 * PostgreSQL: each gives exactly the leads and the order an exhaustive filter and sort of the same
 * data gives, page after page, whichever strategy each page took.
 */
@QuarkusTest
@WithTestResource(CrmTestResources.class)
class LeadListStrategiesTest {

  private static final LeadStatus[] STATUSES = {
    LeadStatus.POOL, LeadStatus.POOL, LeadStatus.OWNED, LeadStatus.OWNED, LeadStatus.DISQUALIFIED
  };
  private static final SourceChannel[] SOURCES = {
    SourceChannel.WEB_FORM, SourceChannel.WEB_FORM, SourceChannel.REFERRAL, SourceChannel.EVENT
  };
  private static final String[] GRADES = {"HOT", "WARM", null};

  @Inject EntityManager em;

  private final List<Row> rows = new ArrayList<>();
  private String team;
  private String[] owners;
  private String[] industries;

  /** A generated lead as the reference list sees it. */
  private record Row(
      UUID id,
      LeadStatus status,
      String owner,
      SourceChannel source,
      String industry,
      String grade,
      int score,
      Instant createdAt) {

    String idKey() {
      return id.toString();
    }
  }

  @BeforeEach
  void generate() {
    String run = UUID.randomUUID().toString().substring(0, 8);
    team = "lw-" + run;
    owners = new String[] {"lw.a-" + run, "lw.b-" + run, "lw.c-" + run};
    // Industries of this run only: the pool is shared by every test, its lists filter by them.
    industries = new String[] {"Ore-" + run, "Ore-" + run, "Salt-" + run};
    Random random = new Random(23);
    Instant start = Instant.parse("2026-01-01T00:00:00Z");
    rows.clear();
    for (int i = 0; i < 240; i++) {
      LeadStatus status = STATUSES[random.nextInt(STATUSES.length)];
      // Few distinct scores and times, so that ties are broken by the id as in the list.
      rows.add(
          new Row(
              UUID.randomUUID(),
              status,
              status == LeadStatus.POOL ? null : owners[random.nextInt(owners.length)],
              SOURCES[random.nextInt(SOURCES.length)],
              industries[random.nextInt(industries.length)],
              GRADES[random.nextInt(GRADES.length)],
              10 * random.nextInt(10),
              start.plusSeconds(3600L * random.nextInt(100))));
    }
    QuarkusTransaction.requiringNew()
        .run(
            () -> {
              for (Row row : rows) {
                em.createNativeQuery(
                        "INSERT INTO lead (id, person_name, source, industry, status, owner_id,"
                            + " team, held_since, score, grade, created_at, updated_at, version)"
                            + " VALUES (:id, 'Walker', :source, :industry, :status, :owner, :team,"
                            + " CASE WHEN :status = 'OWNED' THEN CAST(:created AS timestamptz)"
                            + " END, :score, :grade, :created, :created, 0)")
                    .setParameter("id", row.id())
                    .setParameter("source", row.source().name())
                    .setParameter("industry", row.industry())
                    .setParameter("status", row.status().name())
                    .setParameter("owner", row.owner())
                    .setParameter("team", row.status() == LeadStatus.POOL ? null : team)
                    .setParameter("score", row.score())
                    .setParameter("grade", row.grade())
                    .setParameter("created", row.createdAt())
                    .executeUpdate();
              }
            });
  }

  private record Case(String name, LeadFilter filter, Predicate<Row> matches) {}

  /** The caller's lists, always within this run's team, owners or industries. */
  private List<Case> heldCases() {
    String ore = industries[0];
    return List.of(
        new Case("team", filter(null, null, team, null, null, null, null), r -> true),
        new Case(
            "team, web form, hot",
            filter(null, null, team, SourceChannel.WEB_FORM, null, "HOT", null),
            r -> r.source() == SourceChannel.WEB_FORM && "HOT".equals(r.grade())),
        new Case(
            "owner, ore, least score 50",
            filter(null, owners[1], null, null, ore, null, 50),
            r -> owners[1].equals(r.owner()) && r.industry().equals(ore) && r.score() >= 50),
        new Case(
            "team, disqualified, referral",
            filter(LeadStatus.DISQUALIFIED, null, team, SourceChannel.REFERRAL, null, null, null),
            r -> r.status() == LeadStatus.DISQUALIFIED && r.source() == SourceChannel.REFERRAL),
        // Without a team or an owner, by score these walk the index of their grade or industry.
        new Case(
            "ore", filter(null, null, null, null, ore, null, null), r -> r.industry().equals(ore)),
        new Case(
            "ore, warm, web form",
            filter(null, null, null, SourceChannel.WEB_FORM, ore, "WARM", null),
            r ->
                r.industry().equals(ore)
                    && "WARM".equals(r.grade())
                    && r.source() == SourceChannel.WEB_FORM),
        new Case(
            "team, a combination without leads",
            filter(null, null, team, SourceChannel.EVENT, "Nothing", "WARM", 90),
            r -> false));
  }

  private static LeadFilter filter(
      LeadStatus status,
      String owner,
      String team,
      SourceChannel source,
      String industry,
      String grade,
      Integer minScore) {
    return new LeadFilter(status, owner, team, source, industry, grade, minScore);
  }

  @Test
  void everyBudget_givesTheExhaustiveOrder_ofTheCallersLists() {
    List<DataScope> scopes =
        List.of(
            new DataScope.Everything(),
            new DataScope.TeamRecords(new TeamId(team)),
            new DataScope.OwnRecords(new UserId(owners[1])));
    for (long[] strategy : strategies()) {
      LeadSearchAdapter lists = new LeadSearchAdapter(em, (int) strategy[0], strategy[1]);
      for (Case listCase : heldCases()) {
        for (DataScope scope : scopes) {
          Predicate<Row> inScope =
              scope instanceof DataScope.OwnRecords ? r -> owners[1].equals(r.owner()) : r -> true;
          for (LeadSort sort : LeadSort.values()) {
            List<UUID> expected =
                rows.stream()
                    .filter(r -> r.status() != LeadStatus.POOL)
                    .filter(inScope.and(listCase.matches()))
                    .sorted(order(sort))
                    .map(Row::id)
                    .toList();
            assertThat(allPages(page -> lists.search(listCase.filter(), sort, page, scope)))
                .as("%s, %s, %s, strategy %s", listCase.name(), scope, sort, strategy)
                .isEqualTo(expected);
          }
        }
      }
    }
  }

  @Test
  void everyBudget_givesTheExhaustiveOrder_ofThePool() {
    String ore = industries[0];
    String salt = industries[2];
    List<Case> cases =
        List.of(
            new Case(
                "ore",
                filter(null, null, null, null, ore, null, null),
                r -> r.industry().equals(ore)),
            new Case(
                "salt, warm, least score 30",
                filter(null, null, null, null, salt, "WARM", 30),
                r -> r.industry().equals(salt) && "WARM".equals(r.grade()) && r.score() >= 30),
            new Case(
                "ore, referral",
                filter(null, null, null, SourceChannel.REFERRAL, ore, null, null),
                r -> r.industry().equals(ore) && r.source() == SourceChannel.REFERRAL));
    for (long[] strategy : strategies()) {
      LeadSearchAdapter lists = new LeadSearchAdapter(em, (int) strategy[0], strategy[1]);
      for (Case poolCase : cases) {
        for (LeadSort sort : LeadSort.values()) {
          List<UUID> expected =
              rows.stream()
                  .filter(r -> r.status() == LeadStatus.POOL)
                  .filter(poolCase.matches())
                  .sorted(order(sort))
                  .map(Row::id)
                  .toList();
          assertThat(allPages(page -> lists.pool(poolCase.filter(), sort, page)))
              .as("pool %s, %s, strategy %s", poolCase.name(), sort, strategy)
              .isNotEmpty()
              .isEqualTo(expected);
          // The caller's list asked for the pool shows the same leads, whatever the scope.
          LeadFilter asPool =
              new LeadFilter(
                  LeadStatus.POOL,
                  null,
                  null,
                  poolCase.filter().source(),
                  poolCase.filter().industry(),
                  poolCase.filter().grade(),
                  poolCase.filter().minScore());
          DataScope rep = new DataScope.OwnRecords(new UserId(owners[0]));
          assertThat(allPages(page -> lists.search(asPool, sort, page, rep)))
              .as("status=POOL %s, %s, strategy %s", poolCase.name(), sort, strategy)
              .isEqualTo(expected);
        }
      }
    }
  }

  /** Walk budget and gather limit: always gather, always the planner, mixed, always walk. */
  private static List<long[]> strategies() {
    return List.of(
        new long[] {1, 1_000_000}, new long[] {1, 0}, new long[] {6, 40}, new long[] {100_000, 0});
  }

  private interface Lister {
    Page<LeadView> page(PageRequest page);
  }

  private static List<UUID> allPages(Lister lister) {
    List<UUID> ids = new ArrayList<>();
    String cursor = null;
    do {
      String after = cursor;
      Page<LeadView> page =
          QuarkusTransaction.requiringNew().call(() -> lister.page(new PageRequest(7, after)));
      page.items().forEach(view -> ids.add(view.id()));
      cursor = page.nextCursor();
      // A cursor that led back would page forever: 240 leads fill at most 35 pages.
      assertThat(ids.size()).isLessThanOrEqualTo(240);
    } while (cursor != null);
    return ids;
  }

  private static Comparator<Row> order(LeadSort sort) {
    Comparator<Row> byKey =
        sort == LeadSort.BEST_SCORE
            ? Comparator.comparingInt(Row::score)
            : Comparator.comparing(Row::createdAt);
    return byKey.thenComparing(Row::idKey).reversed();
  }
}
