package org.opencrm.crm.adapter.in.rest.customer.dto;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
    name = "Contact",
    requiredProperties = {
      "id",
      "customerId",
      "name",
      "phones",
      "primary",
      "marketingConsent",
      "createdAt",
      "updatedAt",
      "version"
    },
    description = "A contact person at a customer. Its version is also sent as the ETag.")
public record ContactResponse(
    UUID id,
    UUID customerId,
    @Schema(examples = "王芳") String name,
    @Schema(examples = "采购经理") String title,
    @Schema(description = "E.164", examples = "[\"+8613800138000\"]") List<String> phones,
    @Schema(examples = "wang.fang@example.com") String email,
    boolean primary,
    boolean marketingConsent,
    Instant createdAt,
    Instant updatedAt,
    @Schema(examples = "0") long version) {}
