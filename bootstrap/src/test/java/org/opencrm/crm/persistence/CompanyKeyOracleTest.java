package org.opencrm.crm.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.opencrm.crm.domain.duplicate.CompanyKey;
import org.opencrm.crm.support.CrmTestResources;
import org.opencrm.crm.support.TestDatabase;

/**
 * The company key twice: PostgreSQL derives it from stored names ({@code crm_company_key}, where
 * the similarity search runs) and the domain states it ({@link CompanyKey}). On generated names
 * built from the parts that the rule treats specially, the domain is the oracle for the SQL.
 */
@QuarkusTest
@WithTestResource(CrmTestResources.class)
class CompanyKeyOracleTest {

  private static final String[] PROVINCES = {"浙江", "广西", "内蒙古", "上海", "黑龙江", "香港", "河南"};
  private static final String[] PROVINCE_SUFFIXES = {"", "省", "市", "壮族自治区", "自治区", "特别行政区"};
  private static final String[] CITIES = {"杭州", "南宁", "乌鲁木齐", "西安", "深圳", "中山"};
  private static final String[] STEMS = {
    "西湖科技",
    "华信",
    "远航物流",
    "鼎盛医药",
    "浙江远航",
    "杭州湾",
    "Golden Electronics",
    "Jade Motors",
    "Incorporated Ideas",
    "Groupon",
    "O'Brien & Sons",
    "ＡＢＣ　数码",
    "Ｎｏｒｔｈｓｔａｒ",
    "Café Zürich",
    "Ltd Partners",
    "北京路商行",
    "x_y",
    "科技·物流",
    "A-B"
  };
  private static final String[] QUALIFIERS = {"（杭州）", "(Shanghai)", "（集团）", "(HK)"};
  private static final String[] LEGAL_FORMS = {
    "有限公司", "股份有限公司", "有限责任公司", "集团", "公司", "Co., Ltd.", "Co Ltd", "co.,ltd", "Limited",
    "Inc.", "Incorporated", "Corporation", "Corp", "Company", "LLC", "GmbH", "Group", "GROUP."
  };
  private static final String[] PUNCTUATION = {"", " ", "、", "，", ".", "-", "　", "《", "》", "!"};

  @Test
  void theDatabase_derivesTheKeyTheDomainStates() {
    Random random = new Random(20261203);
    List<String> names = new ArrayList<>();
    for (int i = 0; i < 2_000; i++) {
      names.add(name(random));
    }
    Map<String, String> fromDatabase = new LinkedHashMap<>();
    for (Object[] row :
        TestDatabase.rows(
            "SELECT n, crm_company_key(n) FROM unnest(string_to_array(?, chr(1))) n",
            String.join("\u0001", names))) {
      fromDatabase.put((String) row[0], (String) row[1]);
    }

    assertThat(fromDatabase).hasSize((int) names.stream().distinct().count());
    fromDatabase.forEach(
        (name, key) ->
            assertThat(CompanyKey.of(name).map(CompanyKey::value).orElse(null))
                .as("key of %s", name)
                .isEqualTo(key));
  }

  private static String name(Random random) {
    StringBuilder name = new StringBuilder();
    if (random.nextInt(3) == 0) {
      name.append(pick(random, PROVINCES)).append(pick(random, PROVINCE_SUFFIXES));
    }
    if (random.nextInt(3) == 0) {
      name.append(pick(random, CITIES)).append(random.nextBoolean() ? "市" : "");
    }
    name.append(pick(random, PUNCTUATION)).append(pick(random, STEMS));
    if (random.nextInt(4) == 0) {
      name.append(pick(random, QUALIFIERS));
    }
    if (random.nextInt(5) > 0) {
      String form = pick(random, LEGAL_FORMS);
      name.append(random.nextBoolean() ? " " : "")
          .append(random.nextBoolean() ? form : form.toUpperCase());
    }
    return name.append(pick(random, PUNCTUATION)).toString();
  }

  private static String pick(Random random, String[] choices) {
    return choices[random.nextInt(choices.length)];
  }
}
