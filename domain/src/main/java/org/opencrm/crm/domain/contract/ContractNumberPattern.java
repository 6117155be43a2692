package org.opencrm.crm.domain.contract;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.opencrm.crm.domain.shared.InvalidValueException;

/**
 * How contract numbers are made when a contract does not bring its own (合同编号规则), e.g. {@code
 * HT-{yyyy}{MM}-{seq:5}} → {@code HT-202612-00042}. The sequence counts per period, the finest the
 * pattern's date parts name: per month with {@code {MM}}, per year with only a year, once for all
 * without a date. Storage hands out the numbers of a period without gaps.
 */
public record ContractNumberPattern(String value) {

  public static final String INVALID = "contract.number-pattern-invalid";

  private static final Pattern TOKEN = Pattern.compile("\\{(yyyy|yy|MM|seq:([1-9]))}");
  private static final Pattern LITERAL = Pattern.compile("[A-Za-z0-9_/-]*");

  public ContractNumberPattern {
    if (value == null || value.length() > 60) {
      throw invalid("A pattern has up to 60 characters");
    }
    Matcher tokens = TOKEN.matcher(value);
    int sequences = 0;
    int end = 0;
    while (tokens.find()) {
      checkLiteral(value.substring(end, tokens.start()));
      if (tokens.group(2) != null) {
        sequences++;
      }
      end = tokens.end();
    }
    checkLiteral(value.substring(end));
    if (sequences != 1) {
      throw invalid("A pattern has exactly one {seq:N} (N digits, 1 to 9)");
    }
    if (value.contains("{MM}") && !(value.contains("{yyyy}") || value.contains("{yy}"))) {
      throw invalid("A month needs its year: {MM} with {yyyy} or {yy}");
    }
  }

  /** The counter a number of this day is drawn from: {@code 2026-12}, {@code 2026} or {@code *}. */
  public String periodOf(LocalDate day) {
    if (value.contains("{MM}")) {
      return String.format("%04d-%02d", day.getYear(), day.getMonthValue());
    }
    if (value.contains("{yyyy}") || value.contains("{yy}")) {
      return String.format("%04d", day.getYear());
    }
    return "*";
  }

  /** The number for the day and the period's sequence (from 1); the sequence may outgrow N. */
  public String format(LocalDate day, long sequence) {
    if (sequence < 1) {
      throw new IllegalArgumentException("Sequences start at 1");
    }
    Matcher tokens = TOKEN.matcher(value);
    StringBuilder number = new StringBuilder();
    while (tokens.find()) {
      String replacement =
          switch (tokens.group(1)) {
            case "yyyy" -> String.format("%04d", day.getYear());
            case "yy" -> String.format("%02d", day.getYear() % 100);
            case "MM" -> String.format("%02d", day.getMonthValue());
            default -> String.format("%0" + tokens.group(2) + "d", sequence);
          };
      tokens.appendReplacement(number, Matcher.quoteReplacement(replacement));
    }
    tokens.appendTail(number);
    return number.toString();
  }

  private static void checkLiteral(String literal) {
    if (!LITERAL.matcher(literal).matches()) {
      throw invalid(
          "Besides {yyyy}, {yy}, {MM} and {seq:N}, a pattern has letters, digits, '-', '_', '/'");
    }
  }

  private static InvalidValueException invalid(String message) {
    return new InvalidValueException(INVALID, "numberPattern", message);
  }
}
