package org.opencrm.crm.adapter.in.rest.customer;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.opencrm.crm.adapter.in.rest.common.dto.RegionDto;
import org.opencrm.crm.adapter.in.rest.common.dto.SizeBandDto;
import org.opencrm.crm.adapter.in.rest.common.dto.SourceChannelDto;
import org.opencrm.crm.adapter.in.rest.customer.dto.CustomerKindDto;
import org.opencrm.crm.adapter.in.rest.customer.dto.CustomerRequest;
import org.opencrm.crm.adapter.in.rest.customer.dto.CustomerResponse;
import org.opencrm.crm.adapter.in.rest.customer.dto.DealStatusDto;
import org.opencrm.crm.adapter.in.rest.customer.dto.DemandStatusDto;
import org.opencrm.crm.adapter.in.rest.customer.dto.ImportanceDto;
import org.opencrm.crm.application.customer.CustomerView;
import org.opencrm.crm.application.customer.port.in.ContactView;
import org.opencrm.crm.domain.customer.ContactDetails;
import org.opencrm.crm.domain.customer.CustomerKind;
import org.opencrm.crm.domain.customer.CustomerProfile;
import org.opencrm.crm.domain.customer.DealStatus;
import org.opencrm.crm.domain.shared.EmailAddress;
import org.opencrm.crm.domain.shared.PhoneNumber;

/** Request to domain and back to response loses nothing; a new field breaks the build first. */
class CustomerRestMapperTest {

  private final CustomerRestMapper mapper = new CustomerRestMapperImpl();

  @Test
  void requestToProfileToResponse_roundTripsEveryField() {
    CustomerRequest request =
        new CustomerRequest(
            "杭州西湖科技有限公司",
            CustomerKindDto.COMPANY,
            "Manufacturing",
            SizeBandDto.LARGE,
            new RegionDto("浙江", "杭州"),
            SourceChannelDto.EVENT,
            List.of("VIP", "export"),
            ImportanceDto.KEY,
            DemandStatusDto.TARGET,
            "met at the fair",
            "91350100M000100Y43",
            null,
            null);

    CustomerProfile profile = mapper.toProfile(request);
    assertThat(profile.kind()).isEqualTo(CustomerKind.COMPANY);
    assertThat(profile.creditCode().value()).isEqualTo("91350100M000100Y43");

    Instant now = Instant.parse("2026-11-23T08:00:00Z");
    UUID id = UUID.randomUUID();
    CustomerResponse response =
        mapper.toResponse(
            new CustomerView(
                id, profile, "li.lei", "east", now, now, null, 2, DealStatus.NEGOTIATING));

    assertThat(response)
        .isEqualTo(
            new CustomerResponse(
                id,
                "杭州西湖科技有限公司",
                CustomerKindDto.COMPANY,
                "Manufacturing",
                SizeBandDto.LARGE,
                new RegionDto("浙江", "杭州"),
                SourceChannelDto.EVENT,
                List.of("export", "vip"),
                ImportanceDto.KEY,
                DemandStatusDto.TARGET,
                DealStatusDto.NEGOTIATING,
                "met at the fair",
                "91350100M000100Y43",
                "li.lei",
                "east",
                now,
                now,
                null,
                2));
  }

  @Test
  void minimalRequest_getsTheDomainDefaults() {
    CustomerProfile profile =
        mapper.toProfile(
            new CustomerRequest(
                "Acme", null, null, null, null, null, null, null, null, null, null, null, null));
    assertThat(profile.kind()).isEqualTo(CustomerKind.COMPANY);
    assertThat(profile.tags().values()).isEmpty();
    assertThat(profile.creditCode()).isNull();
  }

  @Test
  void contactView_mapsPhonesAsE164AndEmailAsText() {
    Instant now = Instant.parse("2026-11-23T08:00:00Z");
    ContactView view =
        new ContactView(
            UUID.randomUUID(),
            UUID.randomUUID(),
            new ContactDetails(
                "王芳",
                "采购经理",
                List.of(new PhoneNumber("+8613800138000")),
                new EmailAddress("wang.fang@example.com"),
                true,
                false),
            now,
            now,
            1);

    var response = mapper.toResponse(view);

    assertThat(response.phones()).containsExactly("+8613800138000");
    assertThat(response.email()).isEqualTo("wang.fang@example.com");
    assertThat(response.primary()).isTrue();
    assertThat(response.customerId()).isEqualTo(view.customerId());
  }
}
