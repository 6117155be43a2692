package org.opencrm.crm.domain.duplicate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CompanyKeyTest {

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      value = {
        // Legal forms, Chinese and English, wherever they stand.
        "杭州西湖科技有限公司 | 西湖科技",
        "西湖科技股份有限公司 | 西湖科技",
        "西湖科技有限责任公司 | 西湖科技",
        "华信集团 | 华信",
        "Golden Electronics Co., Ltd. | goldenelectronics",
        "Golden Electronics Co Ltd | goldenelectronics",
        "Northstar Logistics Limited | northstarlogistics",
        "Summit Pharma Inc. | summitpharma",
        "Jade Motors Corporation | jademotors",
        "Acme GmbH | acme",
        // Parenthesised parts, also full-width ones (NFKC folds them first).
        "西湖科技（杭州）有限公司 | 西湖科技",
        "Acme (Shanghai) Trading Co., Ltd. | acmetrading",
        // A leading province, then a leading city.
        "浙江省杭州市西湖科技 | 西湖科技",
        "浙江西湖科技 | 西湖科技",
        "广西壮族自治区南宁市绿城农业有限公司 | 绿城农业",
        "内蒙古自治区草原乳业 | 草原乳业",
        "上海市浦江物流 | 浦江物流",
        // Only at the start: a province inside the name stays.
        "远航浙江物流 | 远航浙江物流",
        // Full-width letters and digits, punctuation and spaces.
        "ＡＢＣ　科技 | abc科技",
        "西湖·科技、物流 | 西湖科技物流",
        "O'Brien & Sons | obriensons",
        // A legal-form word inside a longer word is part of the name.
        "Incorporated Ideas Group | ideas",
        "Groupon Ltd | groupon",
        "Limitedless | limitedless",
      })
  void dropsWhatDoesNotTellCompaniesApart(String name, String key) {
    assertThat(CompanyKey.of(name)).contains(new CompanyKey(key));
  }

  @ParameterizedTest
  @ValueSource(strings = {"有限公司", "Co., Ltd.", "（集团）", " - ", ""})
  void aNameOfNothingButFormAndPunctuation_hasNoKey(String name) {
    assertThat(CompanyKey.of(name)).isEmpty();
  }

  @Test
  void noName_noKey() {
    assertThat(CompanyKey.of(null)).isEqualTo(Optional.empty());
  }
}
