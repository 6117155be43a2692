package org.opencrm.crm.domain.lead;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.opencrm.crm.domain.shared.InvalidValueException;
import org.opencrm.crm.domain.shared.Text;

/**
 * One rule of the lead scoring model: when the attribute equals a value, is one of several, is
 * greater than a number (numeric attributes), or is present, the lead gets the points (negative
 * points mark a poor fit).
 */
public record ScoringRule(
    String name, LeadAttribute attribute, Operator operator, List<String> values, int points) {

  public static final String INVALID = "scoring.rule-invalid";
  private static final int MAX_POINTS = 1000;

  /** How the rule compares. */
  public enum Operator {
    EQUALS,
    IN,
    GREATER_THAN,
    PRESENT
  }

  public ScoringRule {
    name = Text.required("name", name, 100);
    if (attribute == null || operator == null) {
      throw invalid("attribute", "A rule names an attribute and an operator");
    }
    values =
        Objects.requireNonNullElse(values, List.<String>of()).stream()
            .map(value -> Text.required("values", value, 200))
            .toList();
    int expected =
        switch (operator) {
          case EQUALS, GREATER_THAN -> 1;
          case PRESENT -> 0;
          case IN -> -1;
        };
    if (expected >= 0 && values.size() != expected) {
      throw invalid("values", operator + " takes " + expected + " value(s)");
    }
    if (operator == Operator.IN && (values.isEmpty() || values.size() > 100)) {
      throw invalid("values", "IN takes from 1 to 100 values");
    }
    if (operator == Operator.GREATER_THAN) {
      if (!attribute.isNumeric()) {
        throw invalid("operator", "GREATER_THAN applies to SIZE_BAND, PHONE_COUNT and TAG_COUNT");
      }
      if (attribute.number(values.get(0)) == null) {
        throw invalid("values", values.get(0) + " is not a value of " + attribute);
      }
    }
    if (Math.abs(points) > MAX_POINTS) {
      throw invalid("points", "points must be between -" + MAX_POINTS + " and " + MAX_POINTS);
    }
  }

  private static InvalidValueException invalid(String field, String message) {
    return new InvalidValueException(INVALID, field, message);
  }

  public boolean matches(LeadProfile lead) {
    List<String> actual = attribute.values(lead);
    return switch (operator) {
      case PRESENT -> !actual.isEmpty();
      case EQUALS, IN -> actual.stream().anyMatch(this::isOneOfValues);
      case GREATER_THAN -> {
        Integer threshold = attribute.number(values.get(0));
        yield actual.stream()
            .map(attribute::number)
            .anyMatch(number -> number != null && number > threshold);
      }
    };
  }

  private boolean isOneOfValues(String actual) {
    String normalised = actual.toLowerCase(Locale.ROOT);
    return values.stream().anyMatch(value -> value.toLowerCase(Locale.ROOT).equals(normalised));
  }
}
