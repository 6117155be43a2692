package org.opencrm.crm.application.portcontract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.opencrm.crm.application.fixtures.LeadProfiles.aLeadProfile;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.opencrm.crm.application.lead.LeadFilter;
import org.opencrm.crm.application.lead.LeadSort;
import org.opencrm.crm.application.lead.LeadView;
import org.opencrm.crm.application.lead.port.out.LeadRepository;
import org.opencrm.crm.application.lead.port.out.LeadSearch;
import org.opencrm.crm.application.pool.port.out.OwnershipLedger;
import org.opencrm.crm.application.pool.port.out.OwnershipLedger.OwnershipChange;
import org.opencrm.crm.application.shared.PageRequest;
import org.opencrm.crm.domain.lead.ClaimantStanding;
import org.opencrm.crm.domain.lead.Lead;
import org.opencrm.crm.domain.lead.LeadId;
import org.opencrm.crm.domain.lead.LeadStatus;
import org.opencrm.crm.domain.shared.DataScope;
import org.opencrm.crm.domain.shared.TeamId;
import org.opencrm.crm.domain.shared.UserId;
import org.opencrm.crm.domain.shared.VersionConflictException;

/**
 * What every {@link LeadRepository} (with its {@link LeadSearch} and {@link OwnershipLedger}) does
 * — visibility (the scope plus the pool), versions, and the counts the pool rules are decided on —
 * run against the in-memory fake and the PostgreSQL adapter. Every test uses reps and a team of its
 * own.
 */
public abstract class LeadRepositoryContract {

  private static final Instant NOW = Instant.parse("2026-11-23T08:00:00Z");

  private final TeamId team = new TeamId("contract-" + UUID.randomUUID());
  private final UserId rep = new UserId("rep-" + UUID.randomUUID());
  private final UserId colleague = new UserId("colleague-" + UUID.randomUUID());

  protected abstract LeadRepository repository();

  /** The lists over the same leads. */
  protected abstract LeadSearch search();

  /** The ownership ledger of the same leads. */
  protected abstract OwnershipLedger ledger();

  /** Runs the work in a transaction of its own, as a use case would. */
  protected abstract <T> T transaction(Supplier<T> work);

  private Lead save(Lead lead) {
    return transaction(() -> repository().save(lead));
  }

  private Lead held(UserId by) {
    return save(Lead.heldBy(aLeadProfile(), by, team, NOW));
  }

  private Lead pooled() {
    return save(Lead.pooled(aLeadProfile(), NOW));
  }

  private boolean visible(Lead lead, DataScope scope) {
    return transaction(() -> repository().find(lead.id(), scope)).isPresent();
  }

  private void record(Lead lead, UserId by, OwnershipChange change, Instant at) {
    transaction(
        () -> {
          ledger().recordOwnership(lead.id(), by, change, at);
          return null;
        });
  }

  private List<LeadView> listed(DataScope scope) {
    return transaction(
            () ->
                search().search(LeadFilter.ANY, LeadSort.NEWEST, new PageRequest(50, null), scope))
        .items();
  }

  /** Counting without a cap that matters. */
  private static final long ALL = 1_000;

  private ClaimantStanding standing(UserId of, Lead lead, Instant claimsSince) {
    return transaction(() -> ledger().standing(of, lead.id(), claimsSince, ALL, ALL));
  }

  @Nested
  class Saving {

    @Test
    void aNewLead_isStoredAtVersionZero_asItWas() {
      Lead lead = Lead.heldBy(aLeadProfile(), rep, team, NOW);

      Lead saved = save(lead);
      Lead found =
          transaction(() -> repository().find(lead.id(), new DataScope.Everything())).orElseThrow();

      assertThat(saved.version()).isZero();
      assertThat(found.profile()).isEqualTo(lead.profile());
      assertThat(found.status()).isEqualTo(LeadStatus.OWNED);
      assertThat(found.owner()).isEqualTo(rep);
      assertThat(found.team()).isEqualTo(team);
      assertThat(found.heldSince()).isEqualTo(NOW);
      assertThat(found.createdAt()).isEqualTo(NOW);
      assertThat(transaction(() -> repository().exists(lead.id()))).isTrue();
      assertThat(transaction(() -> repository().exists(LeadId.newId()))).isFalse();
    }

    @Test
    void aNewLeadAdded_isStoredAsSavingWouldStoreIt_andChangesLikeAnyOther() {
      Lead lead = Lead.pooled(aLeadProfile(), NOW);

      Lead added = transaction(() -> repository().add(lead));
      Lead found =
          transaction(() -> repository().find(lead.id(), new DataScope.Everything())).orElseThrow();

      assertThat(added.version()).isZero();
      assertThat(found.profile()).isEqualTo(lead.profile());
      assertThat(found.status()).isEqualTo(LeadStatus.POOL);
      found.claim(rep, team, NOW.plusSeconds(1));
      assertThat(save(found).version()).isEqualTo(1);
    }

    @Test
    void aChange_bumpsTheVersion() {
      Lead lead = pooled();
      lead.claim(rep, team, NOW.plusSeconds(1));

      Lead saved = save(lead);

      assertThat(saved.version()).isEqualTo(1);
      assertThat(saved.status()).isEqualTo(LeadStatus.OWNED);
    }

    @Test
    void aStaleVersion_isAConflict_andChangesNothing() {
      Lead lead = pooled();
      Lead stale =
          transaction(() -> repository().find(lead.id(), new DataScope.Everything())).orElseThrow();
      lead.claim(rep, team, NOW.plusSeconds(1));
      save(lead);

      stale.claim(colleague, team, NOW.plusSeconds(2));

      assertThatThrownBy(() -> save(stale)).isInstanceOf(VersionConflictException.class);
      assertThat(
              transaction(() -> repository().find(lead.id(), new DataScope.Everything()))
                  .orElseThrow()
                  .owner())
          .isEqualTo(rep);
    }
  }

  @Nested
  class Visibility {

    @Test
    void aHeldLead_isVisibleToItsOwnerTheirTeamAndAdmins_only() {
      Lead lead = held(rep);

      assertThat(visible(lead, new DataScope.OwnRecords(rep))).isTrue();
      assertThat(visible(lead, new DataScope.TeamRecords(team))).isTrue();
      assertThat(visible(lead, new DataScope.Everything())).isTrue();
      assertThat(visible(lead, new DataScope.OwnRecords(colleague))).isFalse();
      assertThat(visible(lead, new DataScope.TeamRecords(new TeamId("other")))).isFalse();
      assertThat(visible(lead, new DataScope.NoRecords())).isFalse();
    }

    @Test
    void aPooledLead_isVisibleToEveryScopeThatSeesRecords() {
      Lead lead = pooled();

      assertThat(visible(lead, new DataScope.OwnRecords(colleague))).isTrue();
      assertThat(visible(lead, new DataScope.TeamRecords(new TeamId("other")))).isTrue();
      assertThat(visible(lead, new DataScope.NoRecords())).isFalse();
    }

    @Test
    void aLock_seesWhatAFindSees() {
      Lead lead = held(rep);

      assertThat(transaction(() -> repository().lock(lead.id(), new DataScope.OwnRecords(rep))))
          .isPresent();
      assertThat(
              transaction(() -> repository().lock(lead.id(), new DataScope.OwnRecords(colleague))))
          .isEmpty();
    }

    @Test
    void aList_holdsTheScopesHeldLeads_notThePool() {
      Lead mine = held(rep);
      Lead colleagues = held(colleague);
      pooled();

      List<LeadView> own = listed(new DataScope.OwnRecords(rep));
      List<LeadView> teams = listed(new DataScope.TeamRecords(team));

      assertThat(own).extracting(LeadView::id).containsExactly(mine.id().value());
      assertThat(teams)
          .extracting(LeadView::id)
          .containsExactlyInAnyOrder(mine.id().value(), colleagues.id().value());
    }
  }

  @Nested
  class ClaimantStandings {

    @Test
    void heldLeads_countsOnlyTheRepsOwnedLeads() {
      held(rep);
      held(rep);
      held(colleague);
      Lead released = held(rep);
      released.release("not interested", NOW.plusSeconds(1));
      save(released);

      assertThat(transaction(() -> ledger().heldLeads(rep, ALL))).isEqualTo(2);
      assertThat(standing(rep, released, NOW).heldLeads()).isEqualTo(2);
    }

    @Test
    void counts_stopWhereTheLimitsStop() {
      Lead lead = pooled();
      for (int i = 0; i < 3; i++) {
        held(rep);
        record(lead, rep, OwnershipChange.CLAIMED, NOW.plusSeconds(i));
      }

      assertThat(transaction(() -> ledger().heldLeads(rep, 2))).isEqualTo(2);
      assertThat(transaction(() -> ledger().heldLeads(rep, 0))).isZero();
      ClaimantStanding capped = transaction(() -> ledger().standing(rep, lead.id(), NOW, 2, 1));
      assertThat(capped.heldLeads()).isEqualTo(2);
      assertThat(capped.claimsToday()).isEqualTo(1);
      ClaimantStanding uncounted = transaction(() -> ledger().standing(rep, lead.id(), NOW, 0, 0));
      assertThat(uncounted.heldLeads()).isZero();
      assertThat(uncounted.claimsToday()).isZero();
    }

    @Test
    void claimsToday_countsClaimsSinceTheCutoff_notAssignments() {
      Lead lead = pooled();
      Instant cutoff = NOW.plus(Duration.ofHours(1));
      record(lead, rep, OwnershipChange.CLAIMED, cutoff.minusSeconds(1));
      record(lead, rep, OwnershipChange.CLAIMED, cutoff);
      record(lead, rep, OwnershipChange.CLAIMED, cutoff.plusSeconds(60));
      record(lead, rep, OwnershipChange.ASSIGNED, cutoff.plusSeconds(120));
      record(lead, colleague, OwnershipChange.CLAIMED, cutoff.plusSeconds(180));

      assertThat(standing(rep, lead, cutoff).claimsToday()).isEqualTo(2);
    }

    @Test
    void lastLeftThisLead_isTheRepsLatestExitFromThisLead() {
      Lead lead = pooled();
      Lead other = pooled();
      record(lead, rep, OwnershipChange.RELEASED, NOW.plusSeconds(10));
      record(lead, rep, OwnershipChange.RETURNED, NOW.plusSeconds(20));
      record(lead, rep, OwnershipChange.CLAIMED, NOW.plusSeconds(30));
      record(lead, colleague, OwnershipChange.RELEASED, NOW.plusSeconds(40));
      record(other, rep, OwnershipChange.REASSIGNED_AWAY, NOW.plusSeconds(50));

      assertThat(standing(rep, lead, NOW).lastLeftThisLead()).isEqualTo(NOW.plusSeconds(20));
      assertThat(standing(rep, other, NOW).lastLeftThisLead()).isEqualTo(NOW.plusSeconds(50));
      assertThat(standing(colleague, other, NOW).lastLeftThisLead()).isNull();
    }
  }
}
