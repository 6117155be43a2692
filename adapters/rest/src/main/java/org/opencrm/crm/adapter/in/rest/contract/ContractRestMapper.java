package org.opencrm.crm.adapter.in.rest.contract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.mapstruct.Mapper;
import org.opencrm.crm.adapter.in.rest.common.DealInputs;
import org.opencrm.crm.adapter.in.rest.common.DealOutputs;
import org.opencrm.crm.adapter.in.rest.common.RestMapperConfig;
import org.opencrm.crm.adapter.in.rest.common.dto.MoneyDto;
import org.opencrm.crm.adapter.in.rest.contract.dto.ApprovalLevelDto;
import org.opencrm.crm.adapter.in.rest.contract.dto.ApprovalResponse;
import org.opencrm.crm.adapter.in.rest.contract.dto.AttachmentDto;
import org.opencrm.crm.adapter.in.rest.contract.dto.ContractRequest;
import org.opencrm.crm.adapter.in.rest.contract.dto.ContractResponse;
import org.opencrm.crm.adapter.in.rest.contract.dto.ContractSettingsDto;
import org.opencrm.crm.adapter.in.rest.contract.dto.ContractStatusDto;
import org.opencrm.crm.adapter.in.rest.contract.dto.ContractSummaryResponse;
import org.opencrm.crm.adapter.in.rest.contract.dto.InvoiceTypeDto;
import org.opencrm.crm.adapter.in.rest.contract.dto.PaymentPlanRequest;
import org.opencrm.crm.adapter.in.rest.contract.dto.ReceivableResponse;
import org.opencrm.crm.application.contract.ContractDraft;
import org.opencrm.crm.application.contract.ContractSummary;
import org.opencrm.crm.application.contract.ContractView;
import org.opencrm.crm.application.contract.VersionedContractSettings;
import org.opencrm.crm.domain.contract.Approval;
import org.opencrm.crm.domain.contract.ApprovalPolicy;
import org.opencrm.crm.domain.contract.Attachment;
import org.opencrm.crm.domain.contract.Contract;
import org.opencrm.crm.domain.contract.ContractNumberPattern;
import org.opencrm.crm.domain.contract.ContractSettings;
import org.opencrm.crm.domain.contract.InstallmentTerms;
import org.opencrm.crm.domain.contract.PaymentPlan;
import org.opencrm.crm.domain.shared.InvalidValueException;
import org.opencrm.crm.domain.shared.Money;
import org.opencrm.crm.domain.shared.Percent;

/** Between the contracts' JSON and the application; a value's error names the request's field. */
@Mapper(config = RestMapperConfig.class)
public interface ContractRestMapper {

  ContractSummaryResponse toResponse(ContractSummary summary);

  AttachmentDto toDto(Attachment attachment);

  default MoneyDto money(Money money) {
    return DealOutputs.money(money);
  }

  default ContractResponse toResponse(ContractView view) {
    Contract contract = view.contract();
    return new ContractResponse(
        contract.id().value(),
        contract.number(),
        contract.customer().value(),
        view.customerName(),
        contract.opportunity() == null ? null : contract.opportunity().value(),
        contract.details().title(),
        money(contract.details().value().total()),
        DealOutputs.lineItems(contract.details().value()),
        contract.details().signedOn(),
        contract.details().startsOn(),
        contract.details().endsOn(),
        contract.details().attachments().stream().map(this::toDto).toList(),
        ContractStatusDto.valueOf(view.status().name()),
        approval(contract.approval()),
        contract.rejection(),
        contract.terminationReason(),
        receivable(contract, view.asOf()),
        contract.owner().value(),
        contract.team() == null ? null : contract.team().value(),
        contract.activatedAt(),
        contract.createdAt(),
        contract.updatedAt(),
        contract.version());
  }

  private ApprovalResponse approval(Approval approval) {
    if (approval == null) {
      return null;
    }
    return new ApprovalResponse(
        approval.levels().stream().map(level -> ApprovalLevelDto.valueOf(level.name())).toList(),
        approval.pendingLevel().map(level -> ApprovalLevelDto.valueOf(level.name())).orElse(null),
        approval.decisions().stream()
            .map(
                decision ->
                    new ApprovalResponse.Decision(
                        ApprovalLevelDto.valueOf(decision.level().name()),
                        decision.by().value(),
                        decision.approved(),
                        decision.comment(),
                        decision.at()))
            .toList());
  }

  private ReceivableResponse receivable(Contract contract, LocalDate asOf) {
    PaymentPlan plan = contract.plan();
    if (plan == null) {
      return null;
    }
    return new ReceivableResponse(
        money(plan.contractAmount()),
        money(contract.invoiced()),
        money(plan.paid()),
        money(plan.outstanding()),
        money(plan.overdue(asOf)),
        plan.asOf(asOf).stream()
            .map(
                state ->
                    new ReceivableResponse.Installment(
                        state.number(),
                        state.dueOn(),
                        money(state.amount()),
                        money(state.paid()),
                        money(state.outstanding()),
                        state.overdue(),
                        state.daysOverdue(asOf)))
            .toList(),
        plan.payments().stream()
            .map(
                payment ->
                    new ReceivableResponse.PaymentEntry(
                        payment.id(),
                        payment.receivedOn(),
                        money(payment.amount()),
                        payment.method(),
                        payment.reference(),
                        payment.reversed(),
                        payment.reversalReason()))
            .toList(),
        contract.invoices().stream()
            .map(
                invoice ->
                    new ReceivableResponse.InvoiceEntry(
                        invoice.id(),
                        invoice.number(),
                        invoice.issuedOn(),
                        money(invoice.amount()),
                        InvoiceTypeDto.valueOf(invoice.type().name())))
            .toList());
  }

  default ContractDraft toDraft(ContractRequest request) {
    return new ContractDraft(
        request.title(),
        DealInputs.money(request.amount(), "amount"),
        DealInputs.lineDrafts(request.lineItems()),
        request.signedOn(),
        request.startsOn(),
        request.endsOn(),
        attachments(request.attachments()));
  }

  default List<Attachment> attachments(List<AttachmentDto> attachments) {
    if (attachments == null) {
      return null;
    }
    List<Attachment> checked = new ArrayList<>(attachments.size());
    for (int i = 0; i < attachments.size(); i++) {
      AttachmentDto attachment = attachments.get(i);
      try {
        checked.add(new Attachment(attachment.name(), attachment.url(), attachment.checksum()));
      } catch (InvalidValueException e) {
        throw e.at("attachments[" + i + "]." + e.field());
      }
    }
    return checked;
  }

  default List<InstallmentTerms> installments(PaymentPlanRequest request) {
    List<InstallmentTerms> terms = new ArrayList<>(request.installments().size());
    for (int i = 0; i < request.installments().size(); i++) {
      PaymentPlanRequest.InstallmentRequest installment = request.installments().get(i);
      terms.add(
          new InstallmentTerms(
              installment.dueOn(),
              DealInputs.money(installment.amount(), "installments[" + i + "].amount")));
    }
    return terms;
  }

  default ContractSettingsDto.Response toResponse(VersionedContractSettings versioned) {
    ApprovalPolicy policy = versioned.settings().approvalPolicy();
    return new ContractSettingsDto.Response(
        versioned.settings().numberPattern().value(),
        money(policy.managerAbove()),
        money(policy.adminAbove()),
        DealOutputs.percent(policy.managerForDiscountAbove()),
        versioned.version(),
        versioned.updatedAt(),
        versioned.updatedBy());
  }

  default ContractSettings toSettings(ContractSettingsDto.Request request) {
    Percent discount;
    try {
      discount =
          request.managerForDiscountAbove() == null
              ? null
              : Percent.of(request.managerForDiscountAbove());
    } catch (InvalidValueException e) {
      throw e.at("managerForDiscountAbove");
    }
    return new ContractSettings(
        new ContractNumberPattern(request.numberPattern()),
        new ApprovalPolicy(
            DealInputs.money(request.managerAbove(), "managerAbove"),
            DealInputs.money(request.adminAbove(), "adminAbove"),
            discount));
  }
}
