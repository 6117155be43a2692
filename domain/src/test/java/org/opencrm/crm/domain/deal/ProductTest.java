package org.opencrm.crm.domain.deal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.opencrm.crm.domain.shared.AccessDeniedException;
import org.opencrm.crm.domain.shared.Actor;
import org.opencrm.crm.domain.shared.ActorKind;
import org.opencrm.crm.domain.shared.InvalidValueException;
import org.opencrm.crm.domain.shared.Money;
import org.opencrm.crm.domain.shared.Percent;
import org.opencrm.crm.domain.shared.Role;
import org.opencrm.crm.domain.shared.RuleViolationException;
import org.opencrm.crm.domain.shared.Text;
import org.opencrm.crm.domain.shared.UserId;
import org.opencrm.crm.domain.shared.event.DomainEvent;
import org.opencrm.crm.domain.shared.event.RecordedChanges;
import org.opencrm.crm.domain.shared.event.ReportedChange;

class ProductTest {

  static final Instant T0 = Instant.parse("2026-12-01T08:00:00Z");
  static final Instant T1 = T0.plusSeconds(60);

  static Actor actor(Role role) {
    return new Actor(new UserId("someone"), "Someone", Set.of(role), null, ActorKind.USER);
  }

  static ProductDetails licence(String listPrice) {
    return new ProductDetails(
        new ProductCode("lic-std"),
        " 标准版许可 ",
        "seat",
        Money.of(listPrice, "CNY"),
        Percent.of("13"),
        "Software");
  }

  @Nested
  class Catalogue {
    @Test
    void aNewProduct_isActive_withCleanedDetails() {
      Product product = Product.create(licence("1999.00"), T0);
      assertThat(product.active()).isTrue();
      assertThat(product.details().code().value()).isEqualTo("LIC-STD");
      assertThat(product.details().name()).isEqualTo("标准版许可");
      assertThat(product.createdAt()).isEqualTo(T0);
      assertThat(product.version()).isZero();
    }

    @Test
    void codes_areOneWhateverTheirCase_andShaped() {
      assertThat(new ProductCode("sku_1.a-b")).isEqualTo(new ProductCode("SKU_1.A-B"));
      for (String bad : new String[] {"", "-SKU", "SKU 1", "产品1", "A".repeat(41)}) {
        assertThatThrownBy(() -> new ProductCode(bad))
            .as(bad)
            .hasFieldOrPropertyWithValue("code", ProductCode.INVALID);
      }
    }

    @Test
    void aNegativeListPrice_orAMissingName_isRefused() {
      assertThatThrownBy(() -> licence("-1.00"))
          .isInstanceOf(InvalidValueException.class)
          .hasFieldOrPropertyWithValue("code", ProductDetails.NEGATIVE_PRICE)
          .hasFieldOrPropertyWithValue("field", "listPrice.amount");
      assertThatThrownBy(
              () ->
                  new ProductDetails(
                      new ProductCode("X"), " ", "seat", Money.of("1", "CNY"), null, null))
          .hasFieldOrPropertyWithValue("code", Text.REQUIRED)
          .hasFieldOrPropertyWithValue("field", "name");
    }

    @Test
    void noTaxRate_isZero() {
      ProductDetails details =
          new ProductDetails(new ProductCode("X"), "X", "pc", Money.of("1", "CNY"), null, null);
      assertThat(details.taxRate()).isEqualTo(Percent.ZERO);
    }

    @Test
    void aRevision_changesTheDetails_andTheTime_onlyWhenSomethingDiffers() {
      Product product = Product.create(licence("1999.00"), T0);
      product.revise(licence("1999.00"), T1);
      assertThat(product.updatedAt()).isEqualTo(T0);
      product.revise(licence("2199.00"), T1);
      assertThat(product.details().listPrice()).isEqualTo(Money.of("2199", "CNY"));
      assertThat(product.updatedAt()).isEqualTo(T1);
    }
  }

  @Nested
  class Events {
    @Test
    void eachChange_recordsOneEvent_withTheFieldsItChanged() {
      Product product = Product.create(licence("1999.00"), T0);
      RecordedChanges created = product.takeRecordedChanges();
      assertThat(created.creation()).isTrue();
      assertThat(created.events()).singleElement().isInstanceOf(ProductEvent.Created.class);
      assertThat(created.events().get(0).changes())
          .extracting(ReportedChange::field, ReportedChange::to)
          .contains(
              tuple("code", "LIC-STD"), tuple("listPrice", "1999.00 CNY"), tuple("active", "true"));

      product.revise(licence("2199.00"), T1);
      product.deactivate(T1);
      product.deactivate(T1);
      product.reactivate(T1);
      RecordedChanges later = product.takeRecordedChanges();
      assertThat(later.creation()).isFalse();
      assertThat(later.events())
          .extracting(DomainEvent::type)
          .containsExactly("product.updated", "product.deactivated", "product.reactivated");
      assertThat(later.events().get(0).changes())
          .singleElement()
          .extracting(ReportedChange::from, ReportedChange::to, ReportedChange::masked)
          .containsExactly("1999.00 CNY", "2199.00 CNY", false);
      assertThat(later.events()).allMatch(e -> e.subjectId().equals(product.id().value()));
    }

    @Test
    void aRevisionThatChangesNothing_recordsNothing() {
      Product product = Product.create(licence("1999.00"), T0);
      product.takeRecordedChanges();
      product.revise(licence("1999.00"), T1);
      product.reactivate(T1);
      assertThat(product.takeRecordedChanges().isEmpty()).isTrue();
    }
  }

  @Nested
  class Permissions {
    @Test
    void everyoneWhoSellsServesOrReports_reads_onlyAdminsManage() {
      for (Role role :
          new Role[] {Role.ADMIN, Role.MANAGER, Role.SALES, Role.SERVICE, Role.ANALYST}) {
        assertThatCode(() -> ProductPermissions.checkRead(actor(role))).doesNotThrowAnyException();
      }
      for (Role role : new Role[] {Role.INTEGRATION, Role.EVENTS_READER}) {
        assertThatThrownBy(() -> ProductPermissions.checkRead(actor(role)))
            .hasFieldOrPropertyWithValue("code", ProductPermissions.READ_DENIED);
      }
      assertThatCode(() -> ProductPermissions.checkManage(actor(Role.ADMIN)))
          .doesNotThrowAnyException();
      assertThatThrownBy(() -> ProductPermissions.checkManage(actor(Role.MANAGER)))
          .isInstanceOf(AccessDeniedException.class)
          .hasFieldOrPropertyWithValue("code", ProductPermissions.MANAGE_DENIED);
    }
  }

  @Nested
  class Selling {
    @Test
    void aLine_takesTheListPrice_unlessTheDealNamesItsOwn() {
      Product product = Product.create(licence("1999.00"), T0);
      LineItem atList = product.sell(Quantity.of("2"), null, null);
      assertThat(atList.unitPrice()).isEqualTo(Money.of("1999.00", "CNY"));
      assertThat(atList.product().name()).isEqualTo("标准版许可");
      assertThat(atList.product().productId()).isEqualTo(product.id());
      LineItem negotiated = product.sell(Quantity.of("2"), Money.of("1800", "CNY"), null);
      assertThat(negotiated.total()).isEqualTo(Money.of("3600.00", "CNY"));
    }

    @Test
    void anInactiveProduct_goesIntoNoNewDeal_butLinesWrittenBeforeKeepTheirSnapshot() {
      Product product = Product.create(licence("1999.00"), T0);
      LineItem sold = product.sell(Quantity.of("1"), null, null);
      product.revise(licence("2500.00"), T1);
      product.deactivate(T1);

      assertThatThrownBy(() -> product.sell(Quantity.of("1"), null, null))
          .isInstanceOf(RuleViolationException.class)
          .hasFieldOrPropertyWithValue("code", Product.INACTIVE);
      assertThat(sold.unitPrice()).isEqualTo(Money.of("1999.00", "CNY"));

      product.reactivate(T1.plusSeconds(1));
      assertThat(product.sell(Quantity.of("1"), null, null).unitPrice())
          .isEqualTo(Money.of("2500.00", "CNY"));
    }
  }
}
