package org.opencrm.crm.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ValueObjectsTest {

  @Nested
  class Phones {
    @ParameterizedTest
    @ValueSource(
        strings = {"13800138000", "138 0013 8000", "+86 138-0013-8000", "0086 13800138000"})
    void parse_normalisesChineseMobileNumbersToE164(String typed) {
      assertThat(PhoneNumber.parse(typed, "CN").e164()).isEqualTo("+8613800138000");
    }

    @Test
    void parse_keepsForeignNumbersInTheirCountry() {
      assertThat(PhoneNumber.parse("+1 650-253-0000", "CN").e164()).isEqualTo("+16502530000");
    }

    @ParameterizedTest
    @ValueSource(strings = {"12345", "not a phone", "", "+86 000"})
    void parse_rejectsInvalidNumbers(String typed) {
      assertThatThrownBy(() -> PhoneNumber.parse(typed, "CN"))
          .isInstanceOf(InvalidValueException.class)
          .extracting(e -> ((InvalidValueException) e).code())
          .isEqualTo(PhoneNumber.INVALID);
    }
  }

  @Nested
  class Emails {
    @Test
    void lowerCasesAndTrims() {
      assertThat(new EmailAddress("  Li.Lei@Example.COM ").value()).isEqualTo("li.lei@example.com");
    }

    @ParameterizedTest
    @ValueSource(strings = {"li.lei", "li@", "@example.com", "li lei@example.com", "li@example"})
    void rejectsMalformedAddresses(String typed) {
      assertThatThrownBy(() -> new EmailAddress(typed)).isInstanceOf(InvalidValueException.class);
    }
  }

  @Nested
  class Texts {
    @Test
    void required_rejectsBlank() {
      assertThatThrownBy(() -> Text.required("name", "   ", 10))
          .isInstanceOf(InvalidValueException.class)
          .hasMessage("name is required");
    }

    @Test
    void rejectsControlCharacters_butKeepsLineBreaks() {
      assertThatThrownBy(() -> Text.optional("notes", "a\u0000b", 10))
          .isInstanceOf(InvalidValueException.class)
          .hasMessage("notes must not contain control characters");
      assertThat(Text.optional("notes", "line 1\nline 2", 20)).isEqualTo("line 1\nline 2");
    }

    @Test
    void optional_countsCharactersNotBytes() {
      assertThat(Text.optional("name", "华为技术有限公司", 8)).isEqualTo("华为技术有限公司");
      assertThatThrownBy(() -> Text.optional("name", "华为技术有限公司!", 8))
          .isInstanceOf(InvalidValueException.class);
    }
  }

  @Nested
  class TagSets {
    @Test
    void deduplicatesLowerCasesAndSorts() {
      assertThat(Tags.of(Arrays.asList("VIP", "vip ", "Beijing", null, " ")).values())
          .containsExactly("beijing", "vip");
    }

    @Test
    void rejectsMoreThanTwenty() {
      List<String> many = new java.util.ArrayList<>();
      for (int i = 0; i < 21; i++) {
        many.add("t" + i);
      }
      assertThatThrownBy(() -> Tags.of(many)).isInstanceOf(InvalidValueException.class);
      assertThat(Tags.of(Collections.emptyList())).isEqualTo(Tags.NONE);
    }
  }
}
