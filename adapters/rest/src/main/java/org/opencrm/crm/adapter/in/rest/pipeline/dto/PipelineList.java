package org.opencrm.crm.adapter.in.rest.pipeline.dto;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "PipelineList", description = "Every pipeline, by name (an installation has few).")
public record PipelineList(@Schema(required = true) List<PipelineResponse> items) {}
