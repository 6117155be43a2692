package org.opencrm.crm.application.opportunity.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.opencrm.crm.application.customer.port.out.CustomerRepository;
import org.opencrm.crm.application.opportunity.LineDraft;
import org.opencrm.crm.application.opportunity.OpportunityDraft;
import org.opencrm.crm.application.product.port.out.ProductRepository;
import org.opencrm.crm.domain.customer.CustomerId;
import org.opencrm.crm.domain.deal.DealContact;
import org.opencrm.crm.domain.deal.DealValue;
import org.opencrm.crm.domain.deal.LineItem;
import org.opencrm.crm.domain.deal.OpportunityDetails;
import org.opencrm.crm.domain.deal.ProductId;
import org.opencrm.crm.domain.shared.DataScope;
import org.opencrm.crm.domain.shared.InvalidValueException;
import org.opencrm.crm.domain.shared.Money;

/**
 * Turns what a request says of a deal into its domain values: line items priced from the catalogue,
 * contacts checked against the customer's own.
 */
@ApplicationScoped
public class DealDrafts {

  public static final String PRODUCT_UNKNOWN = "line.product-unknown";
  public static final String CONTACT_UNKNOWN = "opportunity.contact-unknown";

  private final ProductRepository products;
  private final CustomerRepository customers;

  public DealDrafts(ProductRepository products, CustomerRepository customers) {
    this.products = products;
    this.customers = customers;
  }

  public OpportunityDetails details(OpportunityDraft draft, CustomerId customer) {
    checkContacts(draft.contacts(), customer);
    return new OpportunityDetails(
        draft.name(),
        value(draft.amount(), draft.lineItems()),
        draft.expectedCloseDate(),
        draft.source(),
        draft.nextStep(),
        draft.competitor(),
        draft.contacts());
  }

  /** A plain amount, line items, or (neither given) no value yet. */
  public DealValue value(Money amount, List<LineDraft> lines) {
    if (amount != null && lines != null) {
      throw new InvalidValueException(
          DealValue.INVALID, "amount", "A deal has an amount or line items, not both");
    }
    if (amount != null) {
      return DealValue.ofAmount(amount);
    }
    return lines == null ? null : DealValue.ofLines(lineItems(lines));
  }

  private List<LineItem> lineItems(List<LineDraft> drafts) {
    if (drafts.size() > DealValue.MAX_LINES) {
      return List.of(); // refused by DealValue.ofLines, before any product is looked up
    }
    List<LineItem> lines = new ArrayList<>(drafts.size());
    for (int i = 0; i < drafts.size(); i++) {
      LineDraft draft = drafts.get(i);
      String at = "lineItems[" + i + "]";
      var product =
          products
              .find(new ProductId(draft.productId()))
              .orElseThrow(
                  () ->
                      new InvalidValueException(
                          PRODUCT_UNKNOWN, at + ".productId", "No such product in the catalogue"));
      try {
        lines.add(product.sell(draft.quantity(), draft.unitPrice(), draft.discount()));
      } catch (InvalidValueException e) {
        throw e.at(at + "." + e.field());
      }
    }
    return lines;
  }

  /** Every contact named is one of the customer's own. */
  public void checkContacts(List<DealContact> contacts, CustomerId customer) {
    if (contacts == null || contacts.isEmpty()) {
      return;
    }
    // A validity check, not a read: the caller may hold the deal without seeing the customer.
    Set<UUID> own = new HashSet<>();
    customers
        .find(customer, new DataScope.Everything())
        .ifPresent(found -> found.contacts().forEach(contact -> own.add(contact.id().value())));
    for (int i = 0; i < contacts.size(); i++) {
      if (!own.contains(contacts.get(i).contactId())) {
        throw new InvalidValueException(
            CONTACT_UNKNOWN, "contacts[" + i + "].contactId", "Not a contact of the customer");
      }
    }
  }
}
