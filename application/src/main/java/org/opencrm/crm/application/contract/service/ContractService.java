package org.opencrm.crm.application.contract.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import org.opencrm.crm.application.contract.ContractDraft;
import org.opencrm.crm.application.contract.ContractView;
import org.opencrm.crm.application.contract.port.in.ContractActionCommand;
import org.opencrm.crm.application.contract.port.in.ContractPatch;
import org.opencrm.crm.application.contract.port.in.DraftContractCommand;
import org.opencrm.crm.application.contract.port.in.ManageContractsUseCase;
import org.opencrm.crm.application.contract.port.in.UpdateContractCommand;
import org.opencrm.crm.application.contract.port.out.ContractDuplicates;
import org.opencrm.crm.application.contract.port.out.ContractNumbers;
import org.opencrm.crm.application.contract.port.out.ContractSettingsStore;
import org.opencrm.crm.application.customer.CustomerView;
import org.opencrm.crm.application.customer.service.CustomerLoader;
import org.opencrm.crm.application.opportunity.OpportunityView;
import org.opencrm.crm.application.opportunity.service.DealDrafts;
import org.opencrm.crm.application.opportunity.service.OpportunityLoader;
import org.opencrm.crm.application.user.service.RecordHolders;
import org.opencrm.crm.application.user.service.RecordHolders.Holder;
import org.opencrm.crm.domain.contract.Contract;
import org.opencrm.crm.domain.contract.ContractDetails;
import org.opencrm.crm.domain.contract.ContractNumber;
import org.opencrm.crm.domain.contract.ContractNumberPattern;
import org.opencrm.crm.domain.contract.ContractPermissions;
import org.opencrm.crm.domain.contract.DisclosedContract;
import org.opencrm.crm.domain.contract.DuplicateContractsException;
import org.opencrm.crm.domain.customer.CustomerId;
import org.opencrm.crm.domain.deal.DealValue;
import org.opencrm.crm.domain.deal.OpportunityId;
import org.opencrm.crm.domain.shared.Actor;
import org.opencrm.crm.domain.shared.InvalidValueException;
import org.opencrm.crm.domain.shared.TeamId;
import org.opencrm.crm.domain.shared.Text;
import org.opencrm.crm.domain.shared.UserId;

@ApplicationScoped
@Transactional
public class ContractService implements ManageContractsUseCase {

  public static final String OPPORTUNITY_MISMATCH = "contract.opportunity-mismatch";

  private final ContractLoader loader;
  private final AuditedContractSaves saves;
  private final CustomerLoader customers;
  private final OpportunityLoader opportunities;
  private final DealDrafts drafts;
  private final RecordHolders holders;
  private final ContractDuplicates duplicates;
  private final ContractNumbers numbers;
  private final ContractSettingsStore settings;
  private final Clock clock;

  public ContractService(
      ContractLoader loader,
      AuditedContractSaves saves,
      CustomerLoader customers,
      OpportunityLoader opportunities,
      DealDrafts drafts,
      RecordHolders holders,
      ContractDuplicates duplicates,
      ContractNumbers numbers,
      ContractSettingsStore settings,
      Clock clock) {
    this.loader = loader;
    this.saves = saves;
    this.customers = customers;
    this.opportunities = opportunities;
    this.drafts = drafts;
    this.holders = holders;
    this.duplicates = duplicates;
    this.numbers = numbers;
    this.settings = settings;
    this.clock = clock;
  }

  @Override
  public ContractView draft(DraftContractCommand command) {
    Actor actor = command.actor();
    ContractPermissions.checkWrite(actor);
    OpportunityView opportunity =
        command.opportunityId() == null ? null : opportunities.view(actor, command.opportunityId());
    UUID customerId = command.customerId();
    if (opportunity != null) {
      if (customerId != null && !customerId.equals(opportunity.customerId())) {
        throw new InvalidValueException(
            OPPORTUNITY_MISMATCH, "opportunityId", "The opportunity is another customer's");
      }
      customerId = opportunity.customerId();
    }
    if (customerId == null) {
      throw new InvalidValueException(
          Text.REQUIRED, "customerId", "Name the customer or the opportunity");
    }
    CustomerView customer = customers.view(actor, customerId);
    ContractDraft draft = command.draft();
    DealValue value = drafts.value(draft.amount(), draft.lineItems());
    if (value == null && opportunity != null) {
      value = opportunity.details().value(); // the deal as won, lines and all
    }
    ContractDetails details =
        new ContractDetails(
            draft.title() != null || opportunity == null
                ? draft.title()
                : opportunity.details().name(),
            value,
            draft.signedOn(),
            draft.startsOn(),
            draft.endsOn(),
            draft.attachments());
    Holder holder =
        holders.forNewRecord(
            actor,
            command.ownerId(),
            new Holder(
                new UserId(customer.ownerId()),
                customer.team() == null ? null : new TeamId(customer.team())));
    String reason = checkDuplicates(actor, command, new CustomerId(customerId), details);
    Instant now = clock.instant();
    Contract drafted =
        Contract.draft(
            command.number() != null ? new ContractNumber(command.number()) : nextNumber(),
            new CustomerId(customerId),
            opportunity == null ? null : new OpportunityId(opportunity.id()),
            details,
            holder.owner(),
            holder.team(),
            now);
    return loader.view(saves.save(actor, drafted, reason));
  }

  /** Null when nothing looks like it; the override's reason when a duplicate is let in. */
  private String checkDuplicates(
      Actor actor, DraftContractCommand command, CustomerId customer, ContractDetails details) {
    if (details.signedOn() == null) {
      return null;
    }
    var candidates = duplicates.sameDeal(customer, details.value().total(), details.signedOn());
    if (candidates.isEmpty()) {
      return null;
    }
    if (!command.allowDuplicate()) {
      List<DisclosedContract> disclosed =
          candidates.stream()
              .map(
                  candidate ->
                      DisclosedContract.of(
                          candidate.id(),
                          candidate.number(),
                          candidate.owner(),
                          candidate.team(),
                          candidate.signedOn(),
                          actor.scope()))
              .toList();
      throw new DuplicateContractsException(disclosed);
    }
    ContractPermissions.checkDuplicateOverride(actor);
    return Text.required("duplicateReason", command.duplicateReason(), 500);
  }

  /** Drawn last, so that the period's counter is held no longer than the insert. */
  private ContractNumber nextNumber() {
    ContractNumberPattern pattern = settings.current().settings().numberPattern();
    LocalDate day = loader.today();
    return new ContractNumber(pattern.format(day, numbers.next(pattern.periodOf(day))));
  }

  @Override
  public ContractView update(UpdateContractCommand command) {
    Actor actor = command.actor();
    ContractPermissions.checkWrite(actor);
    Contract contract = loader.load(actor, command.contractId());
    contract.checkVersion(command.expectedVersion());
    ContractPatch patch = command.patch();
    Instant now = clock.instant();
    if (patch.touchesDetails()) {
      contract.revise(merge(contract.details(), patch), now);
    }
    holders
        .handover(
            actor, patch.ownerId(), patch.team(), new Holder(contract.owner(), contract.team()))
        .ifPresent(holder -> contract.transferTo(holder.owner(), holder.team(), now));
    return loader.view(saves.save(actor, contract, null));
  }

  private ContractDetails merge(ContractDetails current, ContractPatch patch) {
    DealValue value = current.value();
    if (patch.amount().present() || patch.lineItems().present()) {
      value = drafts.value(patch.amount().value(), patch.lineItems().value());
    }
    return new ContractDetails(
        patch.title().orElse(current.title()),
        value,
        patch.signedOn().orElse(current.signedOn()),
        patch.startsOn().orElse(current.startsOn()),
        patch.endsOn().orElse(current.endsOn()),
        patch.attachments().orElse(current.attachments()));
  }

  @Override
  public ContractView submit(ContractActionCommand command) {
    return act(
        command,
        contract ->
            contract.submit(
                settings.current().settings().approvalPolicy(), loader.today(), clock.instant()));
  }

  @Override
  public ContractView approve(ContractActionCommand command) {
    ContractPermissions.checkApprove(command.actor());
    return act(
        command,
        contract ->
            contract.approve(command.actor(), command.comment(), loader.today(), clock.instant()));
  }

  @Override
  public ContractView reject(ContractActionCommand command) {
    ContractPermissions.checkApprove(command.actor());
    return act(
        command, contract -> contract.reject(command.actor(), command.comment(), clock.instant()));
  }

  @Override
  public ContractView complete(ContractActionCommand command) {
    return act(command, contract -> contract.complete(clock.instant()));
  }

  @Override
  public ContractView terminate(ContractActionCommand command) {
    return act(command, contract -> contract.terminate(command.comment(), clock.instant()));
  }

  private ContractView act(ContractActionCommand command, Consumer<Contract> step) {
    Actor actor = command.actor();
    ContractPermissions.checkWrite(actor);
    Contract contract = loader.load(actor, command.contractId());
    if (command.expectedVersion() != null) {
      contract.checkVersion(command.expectedVersion());
    }
    step.accept(contract);
    return loader.view(saves.save(actor, contract, null));
  }
}
