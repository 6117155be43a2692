package org.opencrm.crm.adapter.in.rest.customer.dto;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
    name = "ContactList",
    requiredProperties = {"items"},
    description = "A customer's contacts, the primary one first.")
public record ContactList(List<ContactResponse> items) {}
