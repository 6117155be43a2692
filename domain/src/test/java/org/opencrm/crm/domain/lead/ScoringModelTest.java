package org.opencrm.crm.domain.lead;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.opencrm.crm.domain.customer.SizeBand;
import org.opencrm.crm.domain.lead.ScoringModel.Grade;
import org.opencrm.crm.domain.lead.ScoringRule.Operator;
import org.opencrm.crm.domain.shared.InvalidValueException;
import org.opencrm.crm.domain.shared.PhoneNumber;
import org.opencrm.crm.domain.shared.Region;
import org.opencrm.crm.domain.shared.SourceChannel;
import org.opencrm.crm.domain.shared.Tags;

class ScoringModelTest {

  static LeadProfile lead(SourceChannel source, SizeBand size, String industry, String... tags) {
    return new LeadProfile(
        "王小明",
        "西湖科技",
        null,
        List.of(PhoneNumber.parse("13800138000", "CN")),
        null,
        null,
        source,
        industry,
        size,
        new Region("浙江", "杭州"),
        null,
        Tags.of(List.of(tags)));
  }

  static final List<Grade> GRADES = List.of(new Grade("HOT", 50), new Grade("WARM", 20));

  @Nested
  class Rules {
    @Test
    void equals_comparesCaseInsensitively() {
      ScoringRule rule =
          new ScoringRule(
              "Manufacturing",
              LeadAttribute.INDUSTRY,
              Operator.EQUALS,
              List.of("manufacturing"),
              10);
      assertThat(rule.matches(lead(SourceChannel.API, null, "Manufacturing"))).isTrue();
      assertThat(rule.matches(lead(SourceChannel.API, null, "Retail"))).isFalse();
      assertThat(rule.matches(lead(SourceChannel.API, null, null))).isFalse();
    }

    @Test
    void in_matchesAnyValue_includingOneOfSeveralTags() {
      ScoringRule rule =
          new ScoringRule(
              "Fair visitors", LeadAttribute.TAG, Operator.IN, List.of("fair-2026", "vip"), 5);
      assertThat(rule.matches(lead(SourceChannel.API, null, null, "other", "vip"))).isTrue();
      assertThat(rule.matches(lead(SourceChannel.API, null, null, "other"))).isFalse();
    }

    @Test
    void greaterThan_comparesSizeBandsByRank() {
      ScoringRule rule =
          new ScoringRule(
              "Big", LeadAttribute.SIZE_BAND, Operator.GREATER_THAN, List.of("SMALL"), 20);
      assertThat(rule.matches(lead(SourceChannel.API, SizeBand.MEDIUM, null))).isTrue();
      assertThat(rule.matches(lead(SourceChannel.API, SizeBand.SMALL, null))).isFalse();
      assertThat(rule.matches(lead(SourceChannel.API, null, null))).isFalse();
    }

    @Test
    void present_needsAValue() {
      ScoringRule rule = new ScoringRule("Phone", LeadAttribute.PHONE, Operator.PRESENT, null, 15);
      assertThat(rule.matches(lead(SourceChannel.API, null, null))).isTrue();
      assertThat(
              new ScoringRule("Mail", LeadAttribute.EMAIL, Operator.PRESENT, null, 5)
                  .matches(lead(SourceChannel.API, null, null)))
          .isFalse();
    }

    @Test
    void malformedRules_areRejected() {
      assertThatThrownBy(
              () ->
                  new ScoringRule(
                      "x", LeadAttribute.INDUSTRY, Operator.GREATER_THAN, List.of("3"), 1))
          .isInstanceOf(InvalidValueException.class)
          .hasFieldOrPropertyWithValue("field", "operator");
      assertThatThrownBy(
              () ->
                  new ScoringRule(
                      "x", LeadAttribute.SIZE_BAND, Operator.GREATER_THAN, List.of("HUGE"), 1))
          .hasFieldOrPropertyWithValue("field", "values");
      assertThatThrownBy(
              () -> new ScoringRule("x", LeadAttribute.SOURCE, Operator.EQUALS, List.of(), 1))
          .hasFieldOrPropertyWithValue("code", ScoringRule.INVALID);
      assertThatThrownBy(
              () -> new ScoringRule("x", LeadAttribute.SOURCE, Operator.PRESENT, null, 5000))
          .hasFieldOrPropertyWithValue("field", "points");
      assertThatThrownBy(
              () -> new ScoringRule(" ", LeadAttribute.SOURCE, Operator.PRESENT, null, 1))
          .hasFieldOrPropertyWithValue("field", "name");
    }
  }

  @Test
  void theScore_addsThePointsOfMatchingRules_andExplainsThem() {
    ScoringModel model =
        new ScoringModel(
            List.of(
                new ScoringRule(
                    "Referred", LeadAttribute.SOURCE, Operator.EQUALS, List.of("REFERRAL"), 30),
                new ScoringRule("Phone", LeadAttribute.PHONE, Operator.PRESENT, null, 15),
                new ScoringRule("Student", LeadAttribute.TAG, Operator.IN, List.of("student"), -40),
                new ScoringRule(
                    "Hangzhou", LeadAttribute.CITY, Operator.EQUALS, List.of("杭州"), 10)),
            GRADES);
    ScoreCard card = model.score(lead(SourceChannel.REFERRAL, null, null));
    assertThat(card.score()).isEqualTo(55);
    assertThat(card.grade()).isEqualTo("HOT");
    assertThat(card.contributions())
        .extracting(ScoreCard.Contribution::rule)
        .containsExactly("Referred", "Phone", "Hangzhou");

    ScoreCard student = model.score(lead(SourceChannel.REFERRAL, null, null, "student"));
    assertThat(student.score()).isEqualTo(15);
    assertThat(student.grade()).isNull();
  }

  @Test
  void grades_areTheHighestReached_whateverTheirOrder() {
    ScoringModel model =
        new ScoringModel(
            List.of(), List.of(new Grade("COLD", 0), new Grade("HOT", 50), new Grade("WARM", 20)));
    assertThat(model.gradeOf(20)).isEqualTo("WARM");
    assertThat(model.gradeOf(49)).isEqualTo("WARM");
    assertThat(model.gradeOf(-1)).isNull();
    assertThat(model.grades()).extracting(Grade::name).containsExactly("HOT", "WARM", "COLD");
  }

  @Test
  void gradesMustBeUniqueAndPresent() {
    assertThatThrownBy(() -> new ScoringModel(List.of(), List.of()))
        .hasFieldOrPropertyWithValue("code", ScoringModel.INVALID);
    assertThatThrownBy(
            () -> new ScoringModel(List.of(), List.of(new Grade("HOT", 1), new Grade("HOT", 2))))
        .hasFieldOrPropertyWithValue("field", "grades");
    assertThatThrownBy(() -> new Grade("hot", 1))
        .hasFieldOrPropertyWithValue("field", "grades.name");
  }

  @Test
  void theDefaultModel_ranksAReferredMediumCompanyHot() {
    ScoreCard card =
        ScoringModel.DEFAULT.score(lead(SourceChannel.REFERRAL, SizeBand.MEDIUM, null));
    assertThat(card.grade()).isEqualTo("HOT");
    // A phone (15) and a company (10) but nothing else: just warm.
    assertThat(ScoringModel.DEFAULT.score(lead(SourceChannel.API, null, null)).grade())
        .isEqualTo("WARM");
  }
}
