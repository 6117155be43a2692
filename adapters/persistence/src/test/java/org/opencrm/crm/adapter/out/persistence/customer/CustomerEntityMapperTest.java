package org.opencrm.crm.adapter.out.persistence.customer;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.opencrm.crm.domain.customer.ContactDetails;
import org.opencrm.crm.domain.customer.Customer;
import org.opencrm.crm.domain.customer.CustomerKind;
import org.opencrm.crm.domain.customer.CustomerProfile;
import org.opencrm.crm.domain.customer.DemandStatus;
import org.opencrm.crm.domain.customer.Importance;
import org.opencrm.crm.domain.customer.SizeBand;
import org.opencrm.crm.domain.customer.UnifiedSocialCreditCode;
import org.opencrm.crm.domain.shared.EmailAddress;
import org.opencrm.crm.domain.shared.PhoneNumber;
import org.opencrm.crm.domain.shared.Region;
import org.opencrm.crm.domain.shared.SourceChannel;
import org.opencrm.crm.domain.shared.Tags;
import org.opencrm.crm.domain.shared.TeamId;
import org.opencrm.crm.domain.shared.UserId;

/** The aggregate survives the trip to rows and back, field for field. */
class CustomerEntityMapperTest {

  @Test
  void customerWithContacts_roundTripsThroughItsRows() {
    Instant now = Instant.parse("2026-11-23T08:00:00Z");
    Customer customer =
        Customer.create(
            new CustomerProfile(
                "杭州西湖科技有限公司",
                CustomerKind.COMPANY,
                "Manufacturing",
                SizeBand.SMALL,
                new Region("浙江", "杭州"),
                SourceChannel.WEB_FORM,
                Tags.of(List.of("vip")),
                Importance.KEY,
                DemandStatus.TARGET,
                "notes",
                new UnifiedSocialCreditCode("91350100M000100Y43")),
            new UserId("li.lei"),
            new TeamId("east"),
            now);
    customer.addContact(
        new ContactDetails(
            "王芳",
            "采购经理",
            List.of(new PhoneNumber("+8613800138000")),
            new EmailAddress("wang.fang@example.com"),
            false,
            true),
        now);

    CustomerEntity entity = new CustomerEntity();
    entity.setId(customer.id().value());
    CustomerEntityMapper.copy(customer, entity);
    for (var contact : customer.contacts()) {
      ContactEntity row = new ContactEntity();
      row.setId(contact.id().value());
      row.setCustomer(entity);
      CustomerEntityMapper.copy(contact, row);
      entity.getContacts().add(row);
    }
    Customer restored = CustomerEntityMapper.toDomain(entity);

    assertThat(restored.auditState()).isEqualTo(customer.auditState());
    assertThat(restored.profile()).isEqualTo(customer.profile());
    assertThat(restored.createdAt()).isEqualTo(now);
  }
}
