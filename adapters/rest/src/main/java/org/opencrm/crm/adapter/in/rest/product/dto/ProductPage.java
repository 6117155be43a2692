package org.opencrm.crm.adapter.in.rest.product.dto;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ProductPage", description = "One page of the catalogue, by code.")
public record ProductPage(
    @Schema(required = true) List<ProductResponse> items,
    @Schema(
            description = "Pass as cursor to get the next page; absent on the last page",
            examples =
                "cHJvZHVjdHMsY29kZXw2YTBjMWQ1ZS04YjFlLTRjNDctOWE1NS0yZjRmMGMxZDJlM2Z8TElDLVNURA")
        String nextCursor) {}
