package org.opencrm.crm.adapter.in.rest.lead;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.opencrm.crm.adapter.in.rest.common.DuplicateRestMapperImpl;
import org.opencrm.crm.adapter.in.rest.common.dto.SizeBandDto;
import org.opencrm.crm.adapter.in.rest.common.dto.SourceChannelDto;
import org.opencrm.crm.adapter.in.rest.lead.dto.LeadResponse;
import org.opencrm.crm.adapter.in.rest.lead.dto.LeadStatusDto;
import org.opencrm.crm.adapter.in.rest.lead.dto.PoolPolicyResponse;
import org.opencrm.crm.application.lead.LeadView;
import org.opencrm.crm.application.pool.VersionedPoolPolicy;
import org.opencrm.crm.domain.customer.SizeBand;
import org.opencrm.crm.domain.customer.UnifiedSocialCreditCode;
import org.opencrm.crm.domain.duplicate.DisclosedDuplicate;
import org.opencrm.crm.domain.duplicate.Disclosure;
import org.opencrm.crm.domain.duplicate.MatchType;
import org.opencrm.crm.domain.duplicate.PartyKind;
import org.opencrm.crm.domain.lead.LeadProfile;
import org.opencrm.crm.domain.lead.LeadStatus;
import org.opencrm.crm.domain.lead.PoolPolicy;
import org.opencrm.crm.domain.shared.EmailAddress;
import org.opencrm.crm.domain.shared.PhoneNumber;
import org.opencrm.crm.domain.shared.Region;
import org.opencrm.crm.domain.shared.SourceChannel;
import org.opencrm.crm.domain.shared.Tags;

/** Lead views to their published shape: every field, and masking where the view asks for it. */
class LeadRestMapperTest {

  private final LeadRestMapper mapper = new LeadRestMapperImpl(new DuplicateRestMapperImpl());

  static LeadView view(boolean masked) {
    return new LeadView(
        UUID.randomUUID(),
        new LeadProfile(
            "王小明",
            "杭州西湖科技有限公司",
            "采购经理",
            List.of(PhoneNumber.parse("13800138000", "CN")),
            new EmailAddress("wang@example.com"),
            UnifiedSocialCreditCode.withCheckCharacter("91330106MA2B2C3D4"),
            SourceChannel.REFERRAL,
            "Manufacturing",
            SizeBand.MEDIUM,
            new Region("浙江", "杭州"),
            "met at the fair",
            Tags.of(List.of("vip"))),
        LeadStatus.OWNED,
        "li.lei",
        "east",
        Instant.parse("2026-11-20T08:00:00Z"),
        Instant.parse("2026-11-21T08:00:00Z"),
        null,
        null,
        80,
        "HOT",
        Instant.parse("2026-11-19T08:00:00Z"),
        Instant.parse("2026-11-21T08:00:00Z"),
        3,
        masked);
  }

  @Test
  void aView_mapsEveryField() {
    LeadView view = view(false);
    DisclosedDuplicate similar =
        new DisclosedDuplicate(
            PartyKind.CUSTOMER,
            Disclosure.OWNED_BY_COLLEAGUE,
            Set.of(MatchType.SIMILAR_NAME),
            false,
            Instant.parse("2026-01-01T00:00:00Z"),
            0.8,
            null,
            null,
            null,
            null,
            null);
    LeadResponse response = mapper.toResponse(view, List.of(similar));
    assertThat(response.id()).isEqualTo(view.id());
    assertThat(response.personName()).isEqualTo("王小明");
    assertThat(response.company()).isEqualTo("杭州西湖科技有限公司");
    assertThat(response.title()).isEqualTo("采购经理");
    assertThat(response.phones()).containsExactly("+8613800138000");
    assertThat(response.email()).isEqualTo("wang@example.com");
    assertThat(response.unifiedSocialCreditCode()).isEqualTo(view.profile().creditCode().value());
    assertThat(response.sourceChannel()).isEqualTo(SourceChannelDto.REFERRAL);
    assertThat(response.sizeBand()).isEqualTo(SizeBandDto.MEDIUM);
    assertThat(response.region().city()).isEqualTo("杭州");
    assertThat(response.tags()).containsExactly("vip");
    assertThat(response.status()).isEqualTo(LeadStatusDto.OWNED);
    assertThat(response.ownerId()).isEqualTo("li.lei");
    assertThat(response.score()).isEqualTo(80);
    assertThat(response.grade()).isEqualTo("HOT");
    assertThat(response.version()).isEqualTo(3);
    assertThat(response.masked()).isFalse();
    assertThat(response.possibleDuplicates())
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.kind()).isEqualTo("CUSTOMER");
              assertThat(d.disclosure()).isEqualTo("OWNED_BY_COLLEAGUE");
              assertThat(d.matchedOn()).containsExactly("SIMILAR_NAME");
              assertThat(d.name()).isNull();
            });
  }

  @Test
  void aMaskedView_hidesPhonesAndEmail() {
    LeadResponse response = mapper.toResponse(view(true));
    assertThat(response.phones()).containsExactly("+86138****8000");
    assertThat(response.email()).isEqualTo("w***@example.com");
    assertThat(response.masked()).isTrue();
    assertThat(response.possibleDuplicates()).isNull();
  }

  @Test
  void aPolicy_keepsItsAbsentLimitsAbsent() {
    PoolPolicyResponse response =
        mapper.toResponse(
            new VersionedPoolPolicy(new PoolPolicy(10, null, 30, null, 7), 2, null, "admin"));
    assertThat(response.maxHeldLeads()).isEqualTo(10);
    assertThat(response.maxClaimsPerDay()).isNull();
    assertThat(response.followUpDeadlineDays()).isEqualTo(30);
    assertThat(response.conversionDeadlineDays()).isNull();
    assertThat(response.reclaimCooldownDays()).isEqualTo(7);
    assertThat(response.version()).isEqualTo(2);
  }
}
