package org.opencrm.crm.adapter.out.persistence.contract;

import com.fasterxml.jackson.core.type.TypeReference;
import java.time.Instant;
import java.util.List;
import org.opencrm.crm.adapter.out.persistence.deal.DealJson;
import org.opencrm.crm.domain.contract.Approval;
import org.opencrm.crm.domain.contract.ApprovalLevel;
import org.opencrm.crm.domain.contract.Attachment;
import org.opencrm.crm.domain.shared.TeamId;
import org.opencrm.crm.domain.shared.UserId;

/** A contract's JSON documents (attachments, approval) and native column values. */
final class ContractRows {

  record StoredAttachment(String name, String url, String checksum) {}

  record StoredDecision(String level, String by, boolean approved, String comment, String at) {}

  record StoredApproval(List<String> levels, List<StoredDecision> decisions) {}

  private ContractRows() {}

  static String attachments(List<Attachment> attachments) {
    return DealJson.write(
        attachments.stream()
            .map(a -> new StoredAttachment(a.name(), a.url(), a.checksum()))
            .toList());
  }

  static List<Attachment> attachments(String json) {
    return DealJson.read(json, new TypeReference<List<StoredAttachment>>() {}).stream()
        .map(a -> new Attachment(a.name(), a.url(), a.checksum()))
        .toList();
  }

  static String approval(Approval approval) {
    if (approval == null) {
      return null;
    }
    return DealJson.write(
        new StoredApproval(
            approval.levels().stream().map(Enum::name).toList(),
            approval.decisions().stream()
                .map(
                    d ->
                        new StoredDecision(
                            d.level().name(),
                            d.by().value(),
                            d.approved(),
                            d.comment(),
                            d.at().toString()))
                .toList()));
  }

  static Approval approval(String json, UserId owner, TeamId team) {
    if (json == null) {
      return null;
    }
    StoredApproval stored = DealJson.read(json, new TypeReference<StoredApproval>() {});
    return Approval.restore(
        owner,
        team,
        stored.levels().stream().map(ApprovalLevel::valueOf).toList(),
        stored.decisions().stream()
            .map(
                d ->
                    new Approval.Decision(
                        ApprovalLevel.valueOf(d.level()),
                        new UserId(d.by()),
                        d.approved(),
                        d.comment(),
                        Instant.parse(d.at())))
            .toList());
  }
}
