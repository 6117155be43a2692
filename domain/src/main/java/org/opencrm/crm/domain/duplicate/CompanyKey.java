package org.opencrm.crm.domain.duplicate;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A company name as duplicate checks (查重) compare it: full-width folded to half-width (NFKC),
 * lower-cased, parenthesised parts dropped ("西湖科技（杭州）有限公司"), legal forms dropped (有限公司, Co., Ltd.,
 * ...), a leading province and then a leading city dropped (浙江省杭州市西湖科技 → 西湖科技), punctuation and
 * spaces dropped; nothing left means no key.
 *
 * <p>The database derives the same key from stored names ({@code crm_company_key}, migration V2),
 * where the similarity search runs; this is its specification in Java, and a test holds the two
 * together on generated names.
 */
public record CompanyKey(String value) {

  private static final Pattern PARENTHESISED = Pattern.compile("\\([^)]*\\)");

  /**
   * A letter, digit or underscore: what PostgreSQL's word boundaries ({@code \m}, {@code \M}) see.
   */
  private static final String WORD = "[\\p{L}\\p{N}_]";

  private static final Pattern LEGAL_FORM =
      Pattern.compile(
          "股份有限公司|有限责任公司|有限公司|集团|公司|(?<!"
              + WORD
              + ")(co\\.?,?\\s*ltd|ltd|limited|inc|incorporated|corporation|corp|company|llc|gmbh|group)"
              + "(?!"
              + WORD
              + ")\\.?",
          Pattern.UNICODE_CHARACTER_CLASS);

  private static final Pattern LEADING_PROVINCE =
      Pattern.compile(
          "^(北京|天津|上海|重庆|河北|山西|辽宁|吉林|黑龙江|江苏|浙江|安徽|福建|江西|山东|河南|湖北|湖南|广东|海南|四川|贵州|云南|陕西|甘肃|青海|台湾"
              + "|内蒙古|广西|西藏|宁夏|新疆|香港|澳门)(省|市|壮族自治区|回族自治区|维吾尔自治区|自治区|特别行政区)?");

  private static final Pattern LEADING_CITY =
      Pattern.compile(
          "^(杭州|宁波|温州|嘉兴|湖州|绍兴|金华|南京|苏州|无锡|常州|南通|扬州|徐州|广州|深圳|珠海|佛山|东莞|中山|惠州|汕头|成都|绵阳|武汉|长沙|郑州"
              + "|洛阳|济南|青岛|烟台|潍坊|合肥|福州|厦门|泉州|南昌|石家庄|唐山|太原|沈阳|大连|长春|哈尔滨|西安|兰州|昆明|贵阳|南宁|海口|呼和浩特"
              + "|乌鲁木齐|拉萨|银川|西宁)(市)?");

  private static final Pattern SEPARATORS =
      Pattern.compile(
          "[\\s.,;:!?'\"&/\\\\_·、。，；：！？“”‘’「」《》【】\\-]", Pattern.UNICODE_CHARACTER_CLASS);

  public CompanyKey {
    if (value == null || value.isEmpty()) {
      throw new IllegalArgumentException("A company key has at least one character");
    }
  }

  /** The key of a company name; empty when the name is nothing but legal form and punctuation. */
  public static Optional<CompanyKey> of(String companyName) {
    if (companyName == null) {
      return Optional.empty();
    }
    String key = Normalizer.normalize(companyName, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    key = PARENTHESISED.matcher(key).replaceAll("");
    key = LEGAL_FORM.matcher(key).replaceAll("");
    key = LEADING_PROVINCE.matcher(key).replaceFirst("");
    key = LEADING_CITY.matcher(key).replaceFirst("");
    key = SEPARATORS.matcher(key).replaceAll("");
    return key.isEmpty() ? Optional.empty() : Optional.of(new CompanyKey(key));
  }
}
