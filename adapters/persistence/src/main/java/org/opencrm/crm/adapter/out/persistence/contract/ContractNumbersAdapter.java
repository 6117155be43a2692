package org.opencrm.crm.adapter.out.persistence.contract;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import org.opencrm.crm.application.contract.port.out.ContractNumbers;

/**
 * The per-period counters of contract numbers. The upsert takes the period's row lock, which the
 * drawing transaction holds until it ends: a concurrent draw waits and then sees the new value, a
 * rolled-back draw leaves the value as it was. Hence no gap and no number twice.
 */
@ApplicationScoped
class ContractNumbersAdapter implements ContractNumbers {

  private final EntityManager em;

  ContractNumbersAdapter(EntityManager em) {
    this.em = em;
  }

  @Override
  public long next(String period) {
    Object drawn =
        em.createNativeQuery(
                "INSERT INTO contract_number_counter (period, last_value) VALUES (:period, 1)"
                    + " ON CONFLICT (period) DO UPDATE"
                    + " SET last_value = contract_number_counter.last_value + 1"
                    + " RETURNING last_value")
            .setParameter("period", period)
            .getSingleResult();
    return ((Number) drawn).longValue();
  }
}
