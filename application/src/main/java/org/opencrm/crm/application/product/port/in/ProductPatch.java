package org.opencrm.crm.application.product.port.in;

import org.opencrm.crm.application.shared.PatchField;
import org.opencrm.crm.domain.deal.ProductCode;
import org.opencrm.crm.domain.shared.Money;
import org.opencrm.crm.domain.shared.Percent;

/** The fields a merge patch of a product may change; each absent, set or (category) cleared. */
public record ProductPatch(
    PatchField<ProductCode> code,
    PatchField<String> name,
    PatchField<String> unit,
    PatchField<Money> listPrice,
    PatchField<Percent> taxRate,
    PatchField<String> category) {}
