package org.opencrm.crm.adapter.in.rest.contract.dto;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
    name = "Attachment",
    description = "A file kept elsewhere: its name, its http(s) link, optionally its SHA-256.")
public record AttachmentDto(
    @Schema(required = true, examples = "signed-contract.pdf") @NotNull @Size(max = 200)
        String name,
    @Schema(required = true, examples = "https://files.example.com/contracts/HT-202612-00001.pdf")
        @NotNull
        @Size(max = 2048)
        String url,
    @Schema(
            nullable = true,
            pattern = "^(sha256|SHA256):[0-9a-fA-F]{64}$",
            examples = "sha256:9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08")
        @Size(max = 80)
        String checksum) {}
