package org.opencrm.crm.adapter.out.persistence.contract;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.opencrm.crm.adapter.out.persistence.NativeValues;
import org.opencrm.crm.application.contract.ContractCandidate;
import org.opencrm.crm.application.contract.port.out.ContractDuplicates;
import org.opencrm.crm.domain.customer.CustomerId;
import org.opencrm.crm.domain.shared.Money;
import org.opencrm.crm.domain.shared.TeamId;
import org.opencrm.crm.domain.shared.UserId;

/** 撞单 among contracts: the customer's, of the same amount, signed the same day. */
@ApplicationScoped
class ContractDuplicatesAdapter implements ContractDuplicates {

  private final EntityManager em;

  ContractDuplicatesAdapter(EntityManager em) {
    this.em = em;
  }

  @Override
  public List<ContractCandidate> sameDeal(CustomerId customer, Money amount, LocalDate signedOn) {
    List<?> rows =
        em.createNativeQuery(
                "SELECT id, number, owner_id, team, signed_on FROM contract"
                    + " WHERE customer_id = :customer AND signed_on = :signedOn"
                    + " AND amount = :amount AND currency = :currency AND status <> 'TERMINATED'"
                    + " ORDER BY created_at LIMIT 20")
            .setParameter("customer", customer.value())
            .setParameter("signedOn", signedOn)
            .setParameter("amount", amount.amount())
            .setParameter("currency", amount.currency().getCurrencyCode())
            .getResultList();
    return rows.stream()
        .map(
            row -> {
              Object[] columns = (Object[]) row;
              return new ContractCandidate(
                  (UUID) columns[0],
                  (String) columns[1],
                  new UserId((String) columns[2]),
                  columns[3] == null ? null : new TeamId((String) columns[3]),
                  NativeValues.localDate(columns[4]));
            })
        .toList();
  }
}
