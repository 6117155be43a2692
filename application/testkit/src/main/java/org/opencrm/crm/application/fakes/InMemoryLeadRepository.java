package org.opencrm.crm.application.fakes;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.opencrm.crm.application.lead.LeadFilter;
import org.opencrm.crm.application.lead.LeadSort;
import org.opencrm.crm.application.lead.LeadView;
import org.opencrm.crm.application.lead.port.out.LeadRepository;
import org.opencrm.crm.application.lead.port.out.LeadSearch;
import org.opencrm.crm.application.pool.port.out.OwnershipLedger;
import org.opencrm.crm.application.shared.Page;
import org.opencrm.crm.application.shared.PageRequest;
import org.opencrm.crm.domain.lead.ClaimantStanding;
import org.opencrm.crm.domain.lead.Lead;
import org.opencrm.crm.domain.lead.LeadId;
import org.opencrm.crm.domain.lead.LeadStatus;
import org.opencrm.crm.domain.shared.DataScope;
import org.opencrm.crm.domain.shared.UserId;
import org.opencrm.crm.domain.shared.VersionConflictException;

/**
 * Leads, their lists and their ownership ledger in memory, with the adapter's visibility rule
 * (scope plus the pool) and version check.
 */
public class InMemoryLeadRepository implements LeadRepository, LeadSearch, OwnershipLedger {

  private record Stored(Lead lead) {}

  private record Ownership(LeadId lead, UserId rep, OwnershipChange change, Instant at) {}

  private final Map<LeadId, Stored> leads = new LinkedHashMap<>();
  private final List<Ownership> ownership = new ArrayList<>();

  private static boolean visible(Lead lead, DataScope scope) {
    if (scope instanceof DataScope.NoRecords) {
      return false;
    }
    return lead.status() == LeadStatus.POOL || scope.includes(lead.owner(), lead.team());
  }

  @Override
  public Optional<Lead> find(LeadId id, DataScope scope) {
    return Optional.ofNullable(leads.get(id))
        .map(Stored::lead)
        .map(InMemoryLeadRepository::copy)
        .filter(lead -> visible(lead, scope));
  }

  @Override
  public boolean exists(LeadId id) {
    return leads.containsKey(id);
  }

  @Override
  public Optional<Lead> lock(LeadId id, DataScope scope) {
    return find(id, scope);
  }

  @Override
  public Page<LeadView> search(
      LeadFilter filter, LeadSort sort, PageRequest page, DataScope scope) {
    return new Page<>(
        leads.values().stream()
            .map(Stored::lead)
            .filter(lead -> visible(lead, scope) && lead.status() != LeadStatus.POOL)
            .sorted(Comparator.comparing(Lead::createdAt).reversed())
            .limit(page.limit())
            .map(lead -> LeadView.stored(lead))
            .toList(),
        null);
  }

  @Override
  public Page<LeadView> pool(LeadFilter filter, LeadSort sort, PageRequest page) {
    return new Page<>(
        leads.values().stream()
            .map(Stored::lead)
            .filter(lead -> lead.status() == LeadStatus.POOL)
            .limit(page.limit())
            .map(lead -> LeadView.stored(lead))
            .toList(),
        null);
  }

  @Override
  public Lead add(Lead lead) {
    if (leads.containsKey(lead.id())) {
      throw new IllegalStateException("The lead " + lead.id() + " is stored already");
    }
    return save(lead);
  }

  @Override
  public Lead save(Lead lead) {
    Stored stored = leads.get(lead.id());
    long next = 0;
    if (stored != null) {
      if (stored.lead().version() != lead.version()) {
        throw new VersionConflictException(
            "lead", lead.id(), lead.version(), stored.lead().version());
      }
      next = lead.version() + 1;
    }
    Lead saved = withVersion(lead, next);
    leads.put(lead.id(), new Stored(saved));
    return copy(saved);
  }

  @Override
  public void lockRep(UserId rep) {}

  @Override
  public long heldLeads(UserId rep, long upTo) {
    return leads.values().stream()
        .map(Stored::lead)
        .filter(l -> l.status() == LeadStatus.OWNED && rep.equals(l.owner()))
        .limit(upTo)
        .count();
  }

  @Override
  public ClaimantStanding standing(
      UserId rep, LeadId lead, Instant claimsSince, long heldUpTo, long claimsUpTo) {
    long held = heldLeads(rep, heldUpTo);
    long claims =
        ownership.stream()
            .filter(o -> o.rep().equals(rep) && o.change() == OwnershipChange.CLAIMED)
            .filter(o -> !o.at().isBefore(claimsSince))
            .limit(claimsUpTo)
            .count();
    Instant lastLeft =
        ownership.stream()
            .filter(o -> o.rep().equals(rep) && Objects.equals(o.lead(), lead))
            .filter(
                o ->
                    o.change() == OwnershipChange.RELEASED
                        || o.change() == OwnershipChange.RETURNED
                        || o.change() == OwnershipChange.REASSIGNED_AWAY)
            .map(Ownership::at)
            .max(Comparator.naturalOrder())
            .orElse(null);
    return new ClaimantStanding(held, claims, lastLeft);
  }

  @Override
  public void recordOwnership(LeadId lead, UserId rep, OwnershipChange change, Instant at) {
    ownership.add(new Ownership(lead, rep, change, at));
  }

  private static Lead copy(Lead lead) {
    return withVersion(lead, lead.version());
  }

  private static Lead withVersion(Lead lead, long version) {
    return Lead.restore(
        lead.id(),
        lead.profile(),
        lead.status(),
        lead.owner(),
        lead.team(),
        lead.heldSince(),
        lead.lastFollowUpAt(),
        lead.closeReason(),
        lead.customerId(),
        lead.score(),
        lead.grade(),
        lead.createdAt(),
        lead.updatedAt(),
        version);
  }
}
