package org.opencrm.crm.adapter.out.persistence.lead;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import java.time.Instant;
import org.opencrm.crm.adapter.out.persistence.NativeValues;
import org.opencrm.crm.application.pool.port.out.OwnershipLedger;
import org.opencrm.crm.domain.lead.ClaimantStanding;
import org.opencrm.crm.domain.lead.LeadId;
import org.opencrm.crm.domain.shared.UserId;

/** Who held which lead when ({@code lead_ownership}), and the per-rep lock of claims. */
@ApplicationScoped
class OwnershipLedgerAdapter implements OwnershipLedger {

  /** The rep's held leads, counted no further than a limit needs. */
  private static final String HELD =
      "(SELECT count(*) FROM (SELECT FROM lead WHERE owner_id = :rep AND status = 'OWNED'"
          + " LIMIT :heldUpTo) held)";

  private final EntityManager em;

  OwnershipLedgerAdapter(EntityManager em) {
    this.em = em;
  }

  @Override
  public void lockRep(UserId rep) {
    em.createNativeQuery("SELECT pg_advisory_xact_lock(hashtextextended('lead-rep:' || ?, 0))")
        .setParameter(1, rep.value())
        .getSingleResult();
  }

  @Override
  public long heldLeads(UserId rep, long upTo) {
    return ((Number)
            em.createNativeQuery("SELECT " + HELD)
                .setParameter("rep", rep.value())
                .setParameter("heldUpTo", upTo)
                .getSingleResult())
        .longValue();
  }

  @Override
  public ClaimantStanding standing(
      UserId rep, LeadId lead, Instant claimsSince, long heldUpTo, long claimsUpTo) {
    Tuple row =
        (Tuple)
            em.createNativeQuery(
                    "SELECT "
                        + HELD
                        + " AS held, (SELECT count(*) FROM (SELECT FROM lead_ownership"
                        + " WHERE rep_id = :rep AND change = 'CLAIMED' AND occurred_at >= :since"
                        + " LIMIT :claimsUpTo) claims) AS claimed,"
                        + " (SELECT max(occurred_at) FROM lead_ownership WHERE lead_id = :lead"
                        + "   AND rep_id = :rep AND change IN ('RELEASED', 'RETURNED', 'REASSIGNED_AWAY'))"
                        + " AS last_let_go",
                    Tuple.class)
                .setParameter("rep", rep.value())
                .setParameter("since", claimsSince)
                .setParameter("heldUpTo", heldUpTo)
                .setParameter("claimsUpTo", claimsUpTo)
                .setParameter("lead", lead.value())
                .getSingleResult();
    return new ClaimantStanding(
        ((Number) row.get("held")).longValue(),
        ((Number) row.get("claimed")).longValue(),
        NativeValues.instant(row.get("last_let_go")));
  }

  @Override
  public void recordOwnership(LeadId lead, UserId rep, OwnershipChange change, Instant at) {
    em.createNativeQuery(
            "INSERT INTO lead_ownership (lead_id, rep_id, change, occurred_at) VALUES (?, ?, ?, ?)")
        .setParameter(1, lead.value())
        .setParameter(2, rep.value())
        .setParameter(3, change.name())
        .setParameter(4, at)
        .executeUpdate();
  }
}
