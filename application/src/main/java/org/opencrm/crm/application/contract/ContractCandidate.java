package org.opencrm.crm.application.contract;

import java.time.LocalDate;
import java.util.UUID;
import org.opencrm.crm.domain.shared.TeamId;
import org.opencrm.crm.domain.shared.UserId;

/** A stored contract that may be the one being entered, before disclosure. */
public record ContractCandidate(
    UUID id, String number, UserId owner, TeamId team, LocalDate signedOn) {}
