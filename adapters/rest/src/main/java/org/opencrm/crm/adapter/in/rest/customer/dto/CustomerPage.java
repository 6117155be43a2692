package org.opencrm.crm.adapter.in.rest.customer.dto;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
    name = "CustomerPage",
    requiredProperties = {"items"},
    description = "One page of customers.")
public record CustomerPage(
    List<CustomerResponse> items,
    @Schema(
            description = "Pass as cursor to get the next page; absent on the last page",
            examples = "NAME,true|杭州西湖科技有限公司|6a0c1d5e-8b1e-4c47-9a55-2f4f0c1d2e3f")
        String nextCursor) {}
