package org.opencrm.crm.adapter.in.rest.customer.dto;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "CustomerPage", description = "One page of customers.")
public record CustomerPage(
    List<CustomerResponse> items,
    @Schema(description = "Pass as cursor to get the next page; null on the last page")
        String nextCursor) {}
