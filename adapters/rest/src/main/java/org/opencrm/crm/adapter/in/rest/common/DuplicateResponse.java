package org.opencrm.crm.adapter.in.rest.common;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A possible duplicate of the party entered, disclosed as far as the caller's scope allows. */
@Schema(
    name = "Duplicate",
    requiredProperties = {"kind", "disclosure", "matchedOn", "exact", "similarity"},
    description =
        "A record that may be the same party (查重). VISIBLE: inside your data scope, shown in full."
            + " OWNED_BY_COLLEAGUE: only that it exists, its kind and since when. IN_POOL: a pooled"
            + " lead; its id is given so you can claim it, nothing else.")
public record DuplicateResponse(
    @Schema(
            description = "LEAD, CUSTOMER or CONTACT",
            enumeration = {"LEAD", "CUSTOMER", "CONTACT"})
        String kind,
    @Schema(
            description = "How much you may see",
            enumeration = {"VISIBLE", "OWNED_BY_COLLEAGUE", "IN_POOL"})
        String disclosure,
    @Schema(
            description = "What matched: PHONE, EMAIL, CREDIT_CODE (exact) or SIMILAR_NAME",
            examples = "[\"PHONE\"]")
        List<String> matchedOn,
    @Schema(description = "Matched on phone, e-mail or credit code: the same party for sure")
        boolean exact,
    @Schema(description = "Since when the record exists (or is held)") Instant since,
    @Schema(description = "Company-name similarity, 0..1 (0 when not compared)", examples = "0.82")
        double similarity,
    @Schema(description = "The record's id (VISIBLE and IN_POOL only)") UUID id,
    @Schema(description = "For a contact, its customer's id (VISIBLE only)") UUID customerId,
    @Schema(description = "Person or customer name (VISIBLE only)", examples = "王小明") String name,
    @Schema(description = "Company (VISIBLE only)", examples = "杭州西湖科技有限公司") String company,
    @Schema(description = "The owning rep (VISIBLE only)", examples = "li.lei") String ownerId) {}
