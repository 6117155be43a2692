package org.opencrm.crm.adapter.out.persistence;

import jakarta.persistence.EntityManager;
import java.util.UUID;

/**
 * Keeps {@code customer.deal_status} (V21) in step with the customer's deals: called by every save
 * of an opportunity or contract that may change it (created, or its status changed). Closed: a
 * contract in force or fulfilled; negotiating: otherwise an open opportunity; potential: neither
 * (the domain's {@code DealStatus.of}). Moving up (opened, signed) is one conditional update;
 * moving down derives the status anew.
 */
public final class CustomerDealStatus {

  private static final String DERIVED =
      "CASE WHEN EXISTS (SELECT 1 FROM contract k WHERE k.customer_id = c.id"
          + " AND k.status IN ('ACTIVE', 'COMPLETED')) THEN 'CLOSED'"
          + " WHEN EXISTS (SELECT 1 FROM opportunity o WHERE o.customer_id = c.id"
          + " AND o.status = 'OPEN') THEN 'NEGOTIATING' ELSE 'POTENTIAL' END";

  private CustomerDealStatus() {}

  /** An opportunity was opened (or reopened): a potential customer now negotiates. */
  public static void dealOpened(EntityManager em, UUID customer) {
    // Only ever up from potential: a status that changed meanwhile is tested anew by the update.
    em.createNativeQuery(
            "UPDATE customer SET deal_status = 'NEGOTIATING' WHERE id = :id"
                + " AND deal_status = 'POTENTIAL'")
        .setParameter("id", customer)
        .executeUpdate();
  }

  /** A contract came into force (or was fulfilled at once): the customer is closed. */
  public static void contractSigned(EntityManager em, UUID customer) {
    em.createNativeQuery(
            "UPDATE customer SET deal_status = 'CLOSED' WHERE id = :id AND deal_status <> 'CLOSED'")
        .setParameter("id", customer)
        .executeUpdate();
  }

  /**
   * An opportunity closed or a contract ended: derives the customer's status anew from its deals,
   * as this transaction sees them.
   */
  public static void dealEnded(EntityManager em, UUID customer) {
    // The customer's row first: a save of another of its deals that got there before commits
    // first, and the derivation below (a new statement) sees it.
    em.createNativeQuery("SELECT 1 FROM customer WHERE id = :id FOR NO KEY UPDATE")
        .setParameter("id", customer)
        .getResultList();
    em.createNativeQuery(
            "UPDATE customer c SET deal_status = "
                + DERIVED
                + " WHERE c.id = :id AND c.deal_status <> "
                + DERIVED)
        .setParameter("id", customer)
        .executeUpdate();
  }
}
