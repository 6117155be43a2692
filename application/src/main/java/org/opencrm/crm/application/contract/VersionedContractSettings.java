package org.opencrm.crm.application.contract;

import java.time.Instant;
import org.opencrm.crm.domain.contract.ContractSettings;

/** The contract settings in force, with their version (for If-Match) and who set them when. */
public record VersionedContractSettings(
    ContractSettings settings, long version, Instant updatedAt, String updatedBy) {}
