package org.opencrm.crm.application.customer.port.in;

import java.util.List;
import java.util.UUID;
import org.opencrm.crm.application.shared.PatchField;
import org.opencrm.crm.domain.shared.Actor;
import org.opencrm.crm.domain.shared.EmailAddress;
import org.opencrm.crm.domain.shared.PhoneNumber;

/** Merge-patch a contact that the caller read at {@code expectedVersion}. */
public record UpdateContactCommand(
    Actor actor,
    UUID customerId,
    UUID contactId,
    long expectedVersion,
    PatchField<String> name,
    PatchField<String> title,
    PatchField<List<PhoneNumber>> phones,
    PatchField<EmailAddress> email,
    PatchField<Boolean> primary,
    PatchField<Boolean> marketingConsent) {}
