package org.opencrm.crm.application.lead.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.opencrm.crm.application.duplicate.service.DuplicateScreening;
import org.opencrm.crm.application.event.PublishedEvent;
import org.opencrm.crm.application.event.service.ChangePublisher;
import org.opencrm.crm.application.fakes.InMemoryChangeHistory;
import org.opencrm.crm.application.fakes.InMemoryChangeJournal;
import org.opencrm.crm.application.fakes.InMemoryEventOutbox;
import org.opencrm.crm.application.fakes.InMemoryLeadRepository;
import org.opencrm.crm.application.fakes.InMemoryPolicies;
import org.opencrm.crm.application.fakes.InMemoryUserRepository;
import org.opencrm.crm.application.fakes.MutableClock;
import org.opencrm.crm.application.fixtures.LeadProfiles;
import org.opencrm.crm.application.lead.port.in.CaptureLeadCommand;
import org.opencrm.crm.application.lead.port.in.CaptureResult;
import org.opencrm.crm.application.lead.port.in.LeadTransitionCommand;
import org.opencrm.crm.application.pool.OwnershipProjection;
import org.opencrm.crm.application.pool.port.out.BusinessCalendar;
import org.opencrm.crm.application.pool.service.LeadOwnershipService;
import org.opencrm.crm.domain.duplicate.DuplicateCandidate;
import org.opencrm.crm.domain.duplicate.DuplicatesFoundException;
import org.opencrm.crm.domain.duplicate.MatchType;
import org.opencrm.crm.domain.duplicate.PartyKind;
import org.opencrm.crm.domain.lead.LeadProfile;
import org.opencrm.crm.domain.lead.LeadStatus;
import org.opencrm.crm.domain.lead.PoolPolicy;
import org.opencrm.crm.domain.shared.AccessDeniedException;
import org.opencrm.crm.domain.shared.Actor;
import org.opencrm.crm.domain.shared.ActorKind;
import org.opencrm.crm.domain.shared.Role;
import org.opencrm.crm.domain.shared.RuleViolationException;
import org.opencrm.crm.domain.shared.TeamId;
import org.opencrm.crm.domain.shared.UserId;
import org.opencrm.crm.domain.shared.history.ChangeRecord;

/** Lead use cases against in-memory ports: capture, duplicate screening, pool rules by the day. */
class LeadServicesTest {

  static final Actor LI = actor("li", "east", Role.SALES);
  static final Actor WANG = actor("wang", "east", Role.MANAGER);
  static final Actor FORM =
      new Actor(new UserId("form"), "Form", Set.of(Role.INTEGRATION), null, ActorKind.INTEGRATION);

  // 23:30 in Shanghai: the business day ends in half an hour.
  final MutableClock clock = new MutableClock(Instant.parse("2026-11-24T15:30:00Z"));
  final InMemoryLeadRepository leads = new InMemoryLeadRepository();
  final InMemoryChangeHistory history = new InMemoryChangeHistory();
  final InMemoryPolicies policies = new InMemoryPolicies();
  final List<DuplicateCandidate> existing = new ArrayList<>();
  final DuplicateScreening screening =
      new DuplicateScreening((probe, excluded) -> List.copyOf(existing));
  final InMemoryEventOutbox outbox = new InMemoryEventOutbox();
  final AuditedLeadSaves saves =
      new AuditedLeadSaves(
          leads,
          new ChangePublisher(new InMemoryChangeJournal(history, outbox)),
          new OwnershipProjection(leads));
  final LeadLoader loader = new LeadLoader(leads);
  final LeadService service =
      new LeadService(loader, leads, saves, screening, policies, policies.scoring(), clock);
  final LeadOwnershipService ownership =
      new LeadOwnershipService(
          loader,
          leads,
          leads,
          new InMemoryUserRepository().signedIn(LI, WANG),
          saves,
          policies,
          new BusinessCalendar(ZoneId.of("Asia/Shanghai")),
          clock);

  static Actor actor(String id, String team, Role role) {
    return new Actor(new UserId(id), id, Set.of(role), new TeamId(team), ActorKind.USER);
  }

  static LeadProfile profile() {
    return LeadProfiles.aLeadProfile();
  }

  CaptureResult capture(Actor actor, boolean toPool) {
    return service.capture(new CaptureLeadCommand(actor, profile(), toPool, false, null));
  }

  @Nested
  class Capture {
    @Test
    void anIntegrationsLead_goesToThePool_andIsScored() {
      CaptureResult captured = capture(FORM, false);
      assertThat(captured.lead().status()).isEqualTo(LeadStatus.POOL);
      assertThat(captured.lead().score()).isEqualTo(55);
      assertThat(captured.lead().grade()).isEqualTo("HOT");
      assertThat(history.all())
          .singleElement()
          .satisfies(r -> assertThat(r.action()).isEqualTo("CAPTURED"));
    }

    @Test
    void anExactDuplicate_stopsTheCapture_andNothingIsSaved() {
      existing.add(candidate(MatchType.PHONE, 0));
      assertThatThrownBy(() -> capture(LI, false)).isInstanceOf(DuplicatesFoundException.class);
      assertThat(history.all()).isEmpty();
    }

    @Test
    void aSimilarName_onlyComesBackAsPossibleDuplicate() {
      existing.add(candidate(MatchType.SIMILAR_NAME, 0.8));
      assertThat(capture(LI, false).possibleDuplicates())
          .singleElement()
          .satisfies(d -> assertThat(d.exact()).isFalse());
    }

    @Test
    void aManager_letsADuplicateIn_withTheReasonInTheHistory() {
      existing.add(candidate(MatchType.EMAIL, 0));
      service.capture(new CaptureLeadCommand(WANG, profile(), false, true, "new branch office"));
      assertThat(history.all())
          .singleElement()
          .satisfies(r -> assertThat(r.reason()).isEqualTo("new branch office"));
      assertThatThrownBy(
              () -> service.capture(new CaptureLeadCommand(LI, profile(), false, true, "mine")))
          .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aRepAtTheHoldLimit_cannotKeepANewLead_butMayPoolIt() {
      policies.save(new PoolPolicy(1, null, null, null, null), 0, "admin", clock.instant());
      capture(LI, false);
      assertThatThrownBy(() -> capture(LI, false))
          .hasFieldOrPropertyWithValue("code", PoolPolicy.HOLD_LIMIT_REACHED);
      assertThat(capture(LI, true).lead().status()).isEqualTo(LeadStatus.POOL);
    }
  }

  @Nested
  class DailyClaims {
    @Test
    void theDailyLimit_countsTheBusinessDay_andResetsAtItsMidnight() {
      policies.save(new PoolPolicy(null, 1, null, null, null), 0, "admin", clock.instant());
      ownership.claim(claim(capture(FORM, false).lead().id()));
      UUID second = capture(FORM, false).lead().id();
      assertThatThrownBy(() -> ownership.claim(claim(second)))
          .isInstanceOf(RuleViolationException.class)
          .hasFieldOrPropertyWithValue("code", PoolPolicy.DAILY_CLAIM_LIMIT_REACHED);
      clock.advance(Duration.ofMinutes(31)); // 00:01 in Shanghai, still 16:01 UTC
      assertThat(ownership.claim(claim(second)).ownerId()).isEqualTo("li");
    }

    @Test
    void theCooldown_keepsARepFromReclaimingWhatTheyReleased() {
      policies.save(new PoolPolicy(null, null, null, null, 2), 0, "admin", clock.instant());
      UUID id = capture(FORM, false).lead().id();
      ownership.claim(claim(id));
      ownership.release(new LeadTransitionCommand(LI, id, null, "not now"));
      clock.advance(Duration.ofDays(1));
      assertThatThrownBy(() -> ownership.claim(claim(id)))
          .hasFieldOrPropertyWithValue("code", PoolPolicy.RECLAIM_COOLDOWN);
      clock.advance(Duration.ofDays(1));
      assertThat(ownership.claim(claim(id)).status()).isEqualTo(LeadStatus.OWNED);
    }

    LeadTransitionCommand claim(UUID id) {
      return new LeadTransitionCommand(LI, id, null, null);
    }
  }

  @Nested
  class Events {
    @Test
    void eachSave_writesItsEvents_andOneHistoryEntry_namedAfterTheFirst() {
      UUID id = capture(FORM, false).lead().id();
      ownership.claim(new LeadTransitionCommand(LI, id, null, null));
      ownership.release(new LeadTransitionCommand(LI, id, null, "not now"));

      assertThat(outbox.all())
          .extracting(PublishedEvent::type, PublishedEvent::subjectVersion, PublishedEvent::actorId)
          .containsExactly(
              tuple("lead.captured", 0L, "form"),
              tuple("lead.claimed", 1L, "li"),
              tuple("lead.released", 2L, "li"));
      PublishedEvent released = outbox.all().get(2);
      assertThat(released.reason()).isEqualTo("not now");
      assertThat(released.references()).containsEntry("previousOwnerId", "li");
      assertThat(history.all())
          .extracting(ChangeRecord::action)
          .containsExactly("CAPTURED", "CLAIMED", "RELEASED");
    }

    @Test
    void aFailedChange_writesNothing() {
      UUID id = capture(FORM, false).lead().id();
      assertThatThrownBy(
          () -> ownership.release(new LeadTransitionCommand(LI, id, null, "never held")));
      assertThat(outbox.all()).extracting(PublishedEvent::type).containsExactly("lead.captured");
    }
  }

  static DuplicateCandidate candidate(MatchType match, double similarity) {
    return new DuplicateCandidate(
        PartyKind.LEAD,
        UUID.randomUUID(),
        null,
        "x",
        "y",
        new UserId("han"),
        new TeamId("east"),
        false,
        Instant.parse("2026-01-01T00:00:00Z"),
        Set.of(match),
        similarity);
  }
}
