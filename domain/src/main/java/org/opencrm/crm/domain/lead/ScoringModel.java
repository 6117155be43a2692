package org.opencrm.crm.domain.lead;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import org.opencrm.crm.domain.customer.SizeBand;
import org.opencrm.crm.domain.shared.InvalidValueException;
import org.opencrm.crm.domain.shared.SourceChannel;

/**
 * The lead scoring model (线索评分), against the ideal customer profile, so reps work the best leads
 * first: the points of every matching rule add up to the score, and the highest grade whose minimum
 * the score reaches is the grade (none below the lowest). Admins edit it; every change rescores all
 * leads.
 */
public record ScoringModel(List<ScoringRule> rules, List<Grade> grades) {

  public static final String INVALID = "scoring.model-invalid";
  private static final Pattern GRADE_NAME = Pattern.compile("[A-Z][A-Z0-9_]{0,19}");

  /** A grade and the least score that earns it. */
  public record Grade(String name, int minScore) {
    public Grade {
      if (name == null || !GRADE_NAME.matcher(name).matches()) {
        throw new InvalidValueException(
            INVALID, "grades.name", "A grade is 1 to 20 capital letters, digits or _");
      }
    }
  }

  /** What a new installation scores with: channel, completeness and size of the company. */
  public static final ScoringModel DEFAULT =
      new ScoringModel(
          List.of(
              new ScoringRule(
                  "Referred",
                  LeadAttribute.SOURCE,
                  ScoringRule.Operator.EQUALS,
                  List.of(SourceChannel.REFERRAL.name()),
                  30),
              new ScoringRule(
                  "Met at an event",
                  LeadAttribute.SOURCE,
                  ScoringRule.Operator.EQUALS,
                  List.of(SourceChannel.EVENT.name()),
                  20),
              new ScoringRule(
                  "Has a phone", LeadAttribute.PHONE, ScoringRule.Operator.PRESENT, List.of(), 15),
              new ScoringRule(
                  "Has an e-mail", LeadAttribute.EMAIL, ScoringRule.Operator.PRESENT, List.of(), 5),
              new ScoringRule(
                  "Names a company",
                  LeadAttribute.COMPANY,
                  ScoringRule.Operator.PRESENT,
                  List.of(),
                  10),
              new ScoringRule(
                  "Medium or larger company",
                  LeadAttribute.SIZE_BAND,
                  ScoringRule.Operator.GREATER_THAN,
                  List.of(SizeBand.SMALL.name()),
                  20)),
          List.of(new Grade("HOT", 50), new Grade("WARM", 25), new Grade("COLD", 0)));

  public ScoringModel {
    rules = List.copyOf(Objects.requireNonNullElse(rules, List.of()));
    if (rules.size() > 100) {
      throw new InvalidValueException(INVALID, "rules", "At most 100 rules");
    }
    grades =
        Objects.requireNonNullElse(grades, List.<Grade>of()).stream()
            .sorted(Comparator.comparingInt(Grade::minScore).reversed())
            .toList();
    if (grades.isEmpty() || grades.size() > 10) {
      throw new InvalidValueException(INVALID, "grades", "From 1 to 10 grades");
    }
    Set<String> names = new HashSet<>();
    Set<Integer> minimums = new HashSet<>();
    for (Grade grade : grades) {
      if (!names.add(grade.name()) || !minimums.add(grade.minScore())) {
        throw new InvalidValueException(
            INVALID, "grades", "Grade names and minimum scores are each unique");
      }
    }
  }

  public ScoreCard score(LeadProfile lead) {
    List<ScoreCard.Contribution> matched = new ArrayList<>();
    int total = 0;
    for (ScoringRule rule : rules) {
      if (rule.matches(lead)) {
        matched.add(new ScoreCard.Contribution(rule.name(), rule.points()));
        total += rule.points();
      }
    }
    return new ScoreCard(total, gradeOf(total), matched);
  }

  String gradeOf(int score) {
    return grades.stream()
        .filter(grade -> score >= grade.minScore())
        .map(Grade::name)
        .findFirst()
        .orElse(null);
  }
}
