package org.opencrm.crm.adapter.in.rest.customer.dto;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ChangePage", description = "One page of history, newest first.")
public record ChangePage(List<ChangeResponse> items, String nextCursor) {}
