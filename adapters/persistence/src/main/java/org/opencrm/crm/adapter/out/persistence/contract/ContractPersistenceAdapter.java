package org.opencrm.crm.adapter.out.persistence.contract;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.BiConsumer;
import org.opencrm.crm.adapter.out.persistence.CustomerDealStatus;
import org.opencrm.crm.adapter.out.persistence.MoneyColumns;
import org.opencrm.crm.adapter.out.persistence.NativeValues;
import org.opencrm.crm.adapter.out.persistence.PersistenceErrors;
import org.opencrm.crm.adapter.out.persistence.ScopeCondition;
import org.opencrm.crm.adapter.out.persistence.deal.DealJson;
import org.opencrm.crm.application.contract.port.out.ContractRepository;
import org.opencrm.crm.application.pool.port.out.BusinessCalendar;
import org.opencrm.crm.domain.contract.Contract;
import org.opencrm.crm.domain.contract.ContractDetails;
import org.opencrm.crm.domain.contract.ContractId;
import org.opencrm.crm.domain.contract.ContractNumber;
import org.opencrm.crm.domain.contract.ContractStatus;
import org.opencrm.crm.domain.contract.InstallmentTerms;
import org.opencrm.crm.domain.contract.Invoice;
import org.opencrm.crm.domain.contract.InvoiceType;
import org.opencrm.crm.domain.contract.Payment;
import org.opencrm.crm.domain.contract.PaymentPlan;
import org.opencrm.crm.domain.customer.CustomerId;
import org.opencrm.crm.domain.deal.DealValue;
import org.opencrm.crm.domain.deal.LineItem;
import org.opencrm.crm.domain.deal.OpportunityId;
import org.opencrm.crm.domain.shared.DataScope;
import org.opencrm.crm.domain.shared.DuplicateDetectedException;
import org.opencrm.crm.domain.shared.TeamId;
import org.opencrm.crm.domain.shared.UserId;
import org.opencrm.crm.domain.shared.VersionConflictException;

/**
 * Contracts in PostgreSQL: the row through JPA; installments, payments and invoices in their own
 * tables, so that receivables, aging and revenue are computed set-based. Installments are rewritten
 * only when the plan changed; payments and invoices are appended (a reversal updates its payment).
 */
@ApplicationScoped
class ContractPersistenceAdapter implements ContractRepository {

  private final EntityManager em;
  private final ZoneId businessZone;

  ContractPersistenceAdapter(EntityManager em, BusinessCalendar calendar) {
    this.em = em;
    this.businessZone = calendar.zone();
  }

  @Override
  public Optional<Contract> find(ContractId id, DataScope scope) {
    ScopeCondition condition = ScopeCondition.of(scope, "c.ownerId", "c.team");
    List<ContractEntity> found =
        condition
            .bind(
                em.createQuery(
                        "SELECT c FROM ContractEntity c WHERE c.id = :id AND " + condition.sql(),
                        ContractEntity.class)
                    .setParameter("id", id.value()))
            .getResultList();
    return found.stream().findFirst().map(this::toDomain);
  }

  @Override
  public Contract add(Contract contract) {
    ContractEntity entity = new ContractEntity();
    entity.setId(contract.id().value());
    copy(contract, entity);
    try {
      em.persist(entity);
      em.flush();
    } catch (PersistenceException e) {
      if (violated(e, "contract_number_uq")) {
        throw ContractNumber.taken();
      }
      throw e;
    }
    writeChildren(contract, entity, null, List.of());
    RevenueSums.apply(em, null, RevenueSums.Share.of(entity, collected(contract)), businessZone);
    keepDealStatus(false, entity);
    return stored(contract, entity);
  }

  @Override
  public Contract save(Contract contract) {
    ContractEntity entity = em.find(ContractEntity.class, contract.id().value());
    if (entity == null) {
      return add(contract);
    }
    if (entity.getVersion() != contract.version()) {
      throw new VersionConflictException(
          "contract", contract.id(), contract.version(), entity.getVersion());
    }
    ReceivableSums.Holder before = ReceivableSums.Holder.of(entity);
    List<StoredInstallment> stored = storedInstallments(entity.getId());
    RevenueSums.Share revenueBefore = RevenueSums.Share.of(entity, storedPayments(entity.getId()));
    copy(contract, entity);
    try {
      em.flush();
    } catch (OptimisticLockException e) {
      throw new VersionConflictException(
          "contract", contract.id(), contract.version(), contract.version() + 1);
    }
    writeChildren(contract, entity, before, stored);
    RevenueSums.apply(
        em, revenueBefore, RevenueSums.Share.of(entity, collected(contract)), businessZone);
    // What counts as receivable (in force or fulfilled) is what closes a customer's deal status.
    keepDealStatus(before.counts(), entity);
    return stored(contract, entity);
  }

  /** In force or fulfilled: what closes a customer's deal status. */
  private static boolean signed(String status) {
    return status.equals("ACTIVE") || status.equals("COMPLETED");
  }

  /** The customer's deal status, when the contract came into force or ended. */
  private void keepDealStatus(boolean signedBefore, ContractEntity entity) {
    boolean signed = signed(entity.getStatus());
    if (signed && !signedBefore) {
      CustomerDealStatus.contractSigned(em, entity.getCustomerId());
    } else if (!signed && signedBefore) {
      CustomerDealStatus.dealEnded(em, entity.getCustomerId());
    }
  }

  /**
   * The contract as just written, with its new version: the rows hold exactly what it holds, so
   * they are not read back.
   */
  private static Contract stored(Contract contract, ContractEntity entity) {
    return Contract.restore(
        contract.id(),
        contract.number(),
        contract.customer(),
        contract.opportunity(),
        contract.details(),
        contract.storedStatus(),
        contract.approval(),
        contract.rejection(),
        contract.terminationReason(),
        contract.plan(),
        contract.invoices(),
        contract.owner(),
        contract.team(),
        contract.activatedAt(),
        contract.createdAt(),
        contract.updatedAt(),
        entity.getVersion());
  }

  private static void copy(Contract contract, ContractEntity entity) {
    ContractDetails details = contract.details();
    entity.setNumber(contract.number());
    entity.setCustomerId(contract.customer().value());
    entity.setOpportunityId(contract.opportunity() == null ? null : contract.opportunity().value());
    entity.setTitle(details.title());
    entity.setAmount(MoneyColumns.amount(details.value().total()));
    entity.setCurrency(details.value().total().currency().getCurrencyCode());
    entity.setLineItems(DealJson.lines(details.value().lines()));
    entity.setSignedOn(details.signedOn());
    entity.setStartsOn(details.startsOn());
    entity.setEndsOn(details.endsOn());
    entity.setAttachments(ContractRows.attachments(details.attachments()));
    entity.setStatus(contract.storedStatus().name());
    entity.setApproval(ContractRows.approval(contract.approval()));
    entity.setPendingLevel(
        contract.storedStatus() == ContractStatus.PENDING_APPROVAL
            ? contract.approval().pendingLevel().map(Enum::name).orElse(null)
            : null);
    entity.setRejection(contract.rejection());
    entity.setTerminationReason(contract.terminationReason());
    entity.setOwnerId(contract.owner().value());
    entity.setTeam(contract.team() == null ? null : contract.team().value());
    entity.setActivatedAt(contract.activatedAt());
    entity.setCreatedAt(contract.createdAt());
    entity.setUpdatedAt(contract.updatedAt());
  }

  /** An installment as stored: its terms and what was left of it. */
  private record StoredInstallment(LocalDate dueOn, BigDecimal amount, BigDecimal outstanding) {}

  /**
   * The children as the aggregate has them, given the installments stored before (and their holder,
   * null for a new contract); the receivable sums follow.
   */
  private void writeChildren(
      Contract contract,
      ContractEntity entity,
      ReceivableSums.Holder before,
      List<StoredInstallment> stored) {
    UUID id = contract.id().value();
    PaymentPlan plan = contract.plan();
    // What is left of each installment: the allocation does not depend on the day asked.
    List<ReceivableSums.Left> left =
        plan == null
            ? List.of()
            : plan.asOf(LocalDate.EPOCH).stream()
                .map(
                    state ->
                        new ReceivableSums.Left(
                            state.dueOn(), MoneyColumns.amount(state.outstanding())))
                .toList();
    if (plan != null && !sameTerms(plan.installments(), stored)) {
      em.createNativeQuery("DELETE FROM contract_installment WHERE contract_id = :id")
          .setParameter("id", id)
          .executeUpdate();
      insertRows(
          "INSERT INTO contract_installment (contract_id, seq, due_on, amount, outstanding)"
              + " VALUES",
          "(:contract, %1$d, :due%1$d, :amount%1$d, :left%1$d)",
          "",
          id,
          plan.installments(),
          (query, i) -> {
            InstallmentTerms terms = plan.installments().get(i);
            query.accept("due" + i, terms.dueOn());
            query.accept("amount" + i, MoneyColumns.amount(terms.amount()));
            query.accept("left" + i, left.get(i).outstanding());
          });
    } else if (plan != null) {
      updateOutstanding(id, stored, left);
    }
    ReceivableSums.apply(
        em,
        before,
        stored.stream().map(s -> new ReceivableSums.Left(s.dueOn(), s.outstanding())).toList(),
        ReceivableSums.Holder.of(entity),
        left);
    List<Payment> payments = plan == null ? List.of() : plan.payments();
    insertRows(
        "INSERT INTO contract_payment (id, contract_id, seq, received_on, amount, method,"
            + " reference, reversal_reason) VALUES",
        "(:id%1$d, :contract, %1$d, :on%1$d, :amount%1$d, :method%1$d,"
            + " CAST(:reference%1$d AS varchar), CAST(:reversal%1$d AS varchar))",
        " ON CONFLICT (id) DO UPDATE SET reversal_reason = EXCLUDED.reversal_reason"
            + " WHERE contract_payment.reversal_reason IS DISTINCT FROM EXCLUDED.reversal_reason",
        id,
        payments,
        (query, i) -> {
          Payment payment = payments.get(i);
          query.accept("id" + i, payment.id());
          query.accept("on" + i, payment.receivedOn());
          query.accept("amount" + i, MoneyColumns.amount(payment.amount()));
          query.accept("method" + i, payment.method());
          query.accept("reference" + i, payment.reference());
          query.accept("reversal" + i, payment.reversalReason());
        });
    List<Invoice> invoices = contract.invoices();
    try {
      insertRows(
          "INSERT INTO contract_invoice (id, contract_id, seq, number, issued_on, amount, type)"
              + " VALUES",
          "(:id%1$d, :contract, %1$d, :number%1$d, :on%1$d, :amount%1$d, :type%1$d)",
          " ON CONFLICT (id) DO NOTHING",
          id,
          invoices,
          (query, i) -> {
            Invoice invoice = invoices.get(i);
            query.accept("id" + i, invoice.id());
            query.accept("number" + i, invoice.number());
            query.accept("on" + i, invoice.issuedOn());
            query.accept("amount" + i, MoneyColumns.amount(invoice.amount()));
            query.accept("type" + i, invoice.type().name());
          });
    } catch (PersistenceException e) {
      if (violated(e, "contract_invoice_number_uq")) {
        throw new DuplicateDetectedException(
            Contract.INVOICE_NUMBER_TAKEN, "An invoice with this number was issued before");
      }
      throw e;
    }
  }

  /**
   * One multi-row statement for the rows (none: no statement), each row's values bound by index.
   */
  private void insertRows(
      String insert,
      String rowTemplate,
      String onConflict,
      UUID contract,
      List<?> rows,
      BiConsumer<BiConsumer<String, Object>, Integer> bindRow) {
    if (rows.isEmpty()) {
      return;
    }
    List<String> values = new ArrayList<>(rows.size());
    for (int i = 0; i < rows.size(); i++) {
      values.add(rowTemplate.formatted(i));
    }
    var query =
        em.createNativeQuery(insert + " " + String.join(", ", values) + onConflict)
            .setParameter("contract", contract);
    for (int i = 0; i < rows.size(); i++) {
      bindRow.accept(query::setParameter, i);
    }
    query.executeUpdate();
  }

  private static boolean sameTerms(List<InstallmentTerms> terms, List<StoredInstallment> stored) {
    if (terms.size() != stored.size()) {
      return false;
    }
    for (int i = 0; i < terms.size(); i++) {
      if (!terms.get(i).dueOn().equals(stored.get(i).dueOn())
          || MoneyColumns.amount(terms.get(i).amount()).compareTo(stored.get(i).amount()) != 0) {
        return false;
      }
    }
    return true;
  }

  /** The installments whose outstanding amount a payment or a reversal changed. */
  private void updateOutstanding(
      UUID contract, List<StoredInstallment> stored, List<ReceivableSums.Left> left) {
    for (int i = 0; i < left.size(); i++) {
      if (left.get(i).outstanding().compareTo(stored.get(i).outstanding()) != 0) {
        em.createNativeQuery(
                "UPDATE contract_installment SET outstanding = :left"
                    + " WHERE contract_id = :id AND seq = :seq")
            .setParameter("left", left.get(i).outstanding())
            .setParameter("id", contract)
            .setParameter("seq", (short) i)
            .executeUpdate();
      }
    }
  }

  /** The contract's payments as they count for revenue. */
  private static List<RevenueSums.Collected> collected(Contract contract) {
    return contract.plan() == null
        ? List.of()
        : contract.plan().payments().stream()
            .map(
                payment ->
                    new RevenueSums.Collected(
                        payment.receivedOn(),
                        MoneyColumns.amount(payment.amount()),
                        payment.reversed()))
            .toList();
  }

  private List<RevenueSums.Collected> storedPayments(UUID contract) {
    List<?> rows =
        em.createNativeQuery(
                "SELECT received_on, amount, reversal_reason IS NOT NULL FROM contract_payment"
                    + " WHERE contract_id = :id")
            .setParameter("id", contract)
            .getResultList();
    return rows.stream()
        .map(
            row -> {
              Object[] columns = (Object[]) row;
              return new RevenueSums.Collected(
                  NativeValues.localDate(columns[0]),
                  (BigDecimal) columns[1],
                  (Boolean) columns[2]);
            })
        .toList();
  }

  private List<StoredInstallment> storedInstallments(UUID contract) {
    List<?> rows =
        em.createNativeQuery(
                "SELECT due_on, amount, outstanding FROM contract_installment"
                    + " WHERE contract_id = :id ORDER BY seq")
            .setParameter("id", contract)
            .getResultList();
    return rows.stream()
        .map(
            row -> {
              Object[] columns = (Object[]) row;
              return new StoredInstallment(
                  NativeValues.localDate(columns[0]),
                  (BigDecimal) columns[1],
                  (BigDecimal) columns[2]);
            })
        .toList();
  }

  private List<Payment> payments(UUID contract, String currency) {
    List<?> rows =
        em.createNativeQuery(
                "SELECT id, received_on, amount, method, reference, reversal_reason"
                    + " FROM contract_payment WHERE contract_id = :id ORDER BY seq")
            .setParameter("id", contract)
            .getResultList();
    return rows.stream()
        .map(
            row -> {
              Object[] columns = (Object[]) row;
              return new Payment(
                  (UUID) columns[0],
                  NativeValues.localDate(columns[1]),
                  MoneyColumns.money((BigDecimal) columns[2], currency),
                  (String) columns[3],
                  (String) columns[4],
                  (String) columns[5]);
            })
        .toList();
  }

  private List<Invoice> invoices(UUID contract, String currency) {
    List<?> rows =
        em.createNativeQuery(
                "SELECT id, number, issued_on, amount, type FROM contract_invoice"
                    + " WHERE contract_id = :id ORDER BY seq")
            .setParameter("id", contract)
            .getResultList();
    return rows.stream()
        .map(
            row -> {
              Object[] columns = (Object[]) row;
              return new Invoice(
                  (UUID) columns[0],
                  (String) columns[1],
                  NativeValues.localDate(columns[2]),
                  MoneyColumns.money((BigDecimal) columns[3], currency),
                  InvoiceType.valueOf((String) columns[4]));
            })
        .toList();
  }

  private Contract toDomain(ContractEntity entity) {
    List<LineItem> lines = DealJson.lines(entity.getLineItems());
    DealValue value =
        lines.isEmpty()
            ? DealValue.ofAmount(MoneyColumns.money(entity.getAmount(), entity.getCurrency()))
            : DealValue.ofLines(lines);
    List<InstallmentTerms> installments =
        storedInstallments(entity.getId()).stream()
            .map(
                stored ->
                    new InstallmentTerms(
                        stored.dueOn(), MoneyColumns.money(stored.amount(), entity.getCurrency())))
            .toList();
    UserId owner = new UserId(entity.getOwnerId());
    TeamId team = entity.getTeam() == null ? null : new TeamId(entity.getTeam());
    return Contract.restore(
        new ContractId(entity.getId()),
        entity.getNumber(),
        new CustomerId(entity.getCustomerId()),
        entity.getOpportunityId() == null ? null : new OpportunityId(entity.getOpportunityId()),
        new ContractDetails(
            entity.getTitle(),
            value,
            entity.getSignedOn(),
            entity.getStartsOn(),
            entity.getEndsOn(),
            ContractRows.attachments(entity.getAttachments())),
        ContractStatus.valueOf(entity.getStatus()),
        ContractRows.approval(entity.getApproval(), owner, team),
        entity.getRejection(),
        entity.getTerminationReason(),
        installments.isEmpty()
            ? null
            : PaymentPlan.restore(
                value.total(), installments, payments(entity.getId(), entity.getCurrency())),
        invoices(entity.getId(), entity.getCurrency()),
        owner,
        team,
        entity.getActivatedAt(),
        entity.getCreatedAt(),
        entity.getUpdatedAt(),
        entity.getVersion());
  }

  private static boolean violated(PersistenceException e, String constraint) {
    return PersistenceErrors.violatedConstraint(e)
        .filter(name -> name.contains(constraint))
        .isPresent();
  }
}
