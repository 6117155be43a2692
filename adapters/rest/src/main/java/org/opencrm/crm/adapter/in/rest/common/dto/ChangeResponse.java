package org.opencrm.crm.adapter.in.rest.common.dto;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
    name = "Change",
    requiredProperties = {"id", "action", "actor", "occurredAt", "changes"},
    description = "One entry of a record's history.")
public record ChangeResponse(
    UUID id,
    @Schema(
            examples = "UPDATED",
            description =
                "Customers: CREATED, CREATED_FROM_LEAD, UPDATED, ARCHIVED, CONTACT_ADDED,"
                    + " CONTACT_UPDATED, CONTACT_REMOVED, CONTACT_FROM_LEAD. Leads: CAPTURED,"
                    + " UPDATED, CLAIMED, RELEASED, ASSIGNED, RETURNED_TO_POOL, DISQUALIFIED,"
                    + " CONVERTED. Products: CREATED, UPDATED, DEACTIVATED, REACTIVATED."
                    + " Opportunities: CREATED, UPDATED, STAGE_CHANGED, WON, LOST, REOPENED,"
                    + " TRANSFERRED. Contracts: CREATED, UPDATED, SUBMITTED, APPROVED, REJECTED,"
                    + " ACTIVATED, COMPLETED, TERMINATED, PAYMENT_PLAN_SET, PAYMENT_RECEIVED,"
                    + " PAYMENT_REVERSED, INVOICE_ISSUED, TRANSFERRED",
            enumeration = {
              "CREATED",
              "CREATED_FROM_LEAD",
              "UPDATED",
              "ARCHIVED",
              "CONTACT_ADDED",
              "CONTACT_UPDATED",
              "CONTACT_REMOVED",
              "CONTACT_FROM_LEAD",
              "CAPTURED",
              "CLAIMED",
              "RELEASED",
              "ASSIGNED",
              "RETURNED_TO_POOL",
              "DISQUALIFIED",
              "CONVERTED",
              "DEACTIVATED",
              "REACTIVATED",
              "STAGE_CHANGED",
              "WON",
              "LOST",
              "REOPENED",
              "TRANSFERRED",
              "SUBMITTED",
              "APPROVED",
              "REJECTED",
              "ACTIVATED",
              "COMPLETED",
              "TERMINATED",
              "PAYMENT_PLAN_SET",
              "PAYMENT_RECEIVED",
              "PAYMENT_REVERSED",
              "INVOICE_ISSUED"
            })
        String action,
    ActorResponse actor,
    Instant occurredAt,
    @Schema(description = "Why, when the action needed a reason", examples = "Outside my region")
        String reason,
    List<FieldChangeResponse> changes) {

  @Schema(
      name = "ChangeActor",
      requiredProperties = {"id", "kind"},
      description = "Who made the change.")
  public record ActorResponse(
      @Schema(description = "User or client id", examples = "li.lei") String id,
      @Schema(examples = "李雷") String name,
      @Schema(enumeration = {"USER", "INTEGRATION", "SYSTEM"}) String kind) {}

  @Schema(
      name = "FieldChange",
      requiredProperties = {"field"},
      description = "One field's old and new value (null = none).")
  public record FieldChangeResponse(
      @Schema(examples = "region.city") String field,
      @Schema(examples = "杭州") String oldValue,
      @Schema(examples = "宁波") String newValue) {}
}
