package org.creditgov.testkit;

import static java.util.Objects.requireNonNull;

import java.util.Locale;
import java.util.SplittableRandom;
import org.creditgov.core.identity.ResidentIdNumber;
import org.creditgov.core.identity.UnifiedSocialCreditCode;
import org.creditgov.privacy.mask.DataKind;

/**
 * Seeded generators of personal data for property tests of masking, redaction and pseudonyms
 * (PRI-3): realistic values of every {@link DataKind} (valid ID numbers, credit codes and cards
 * with correct check characters), noisy written variants of them, and hostile Unicode (surrogate
 * pairs such as 𠮷, lone surrogates, combining marks, variation selectors, full-width forms).
 *
 * <p>Every method draws only from the given {@link SplittableRandom}, so a seed reproduces a case
 * ({@link Seeds}). The data is synthetic: names are drawn from common surnames and characters,
 * numbers are random with valid check characters, and any resemblance to a real person is chance.
 */
public final class PersonalDataGenerators {

  private static final String SURNAMES =
      "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤";
  private static final String[] COMPOUND_SURNAMES = {
    "欧阳", "司马", "上官", "诸葛", "司徒", "东方", "皇甫", "尉迟", "公孙", "慕容", "长孙", "宇文", "夏侯", "轩辕", "令狐",
    "钟离", "闻人", "端木"
  };
  private static final String GIVEN =
      "伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超兰霞平刚桂华建国红梅玉志文辉海燕鹏飞晓婷雪琳浩然子涵欣怡宇轩梓萱思远佳俊";
  private static final String[] NAME_PARTS = {
    "阿卜杜拉", "买买提", "热依拉", "阿不都", "古丽", "努尔", "艾力", "迪丽热巴", "迪力木拉提", "帕尔哈提", "吐尔逊", "依明",
    "阿依古丽", "扎西", "次仁", "卓玛", "巴特尔", "其其格"
  };
  private static final String[] NAME_DOTS = {"·", "·", "·", "•", "・", "."};
  private static final int[] PROVINCES = {
    11, 12, 13, 14, 15, 21, 22, 23, 31, 32, 33, 34, 35, 36, 37, 41, 42, 43, 44, 45, 46, 50, 51, 52, 53,
    54, 61, 62, 63, 64, 65
  };
  private static final String[] AREA_CODES = {
    "010", "020", "021", "022", "023", "024", "025", "027", "028", "029", "0951", "0952", "0953", "0954",
    "0955", "0371", "0311", "0531", "0571", "0591", "0731", "0851", "0871", "0931"
  };
  private static final String[] CARD_BINS = {
    "622202", "621700", "622848", "621661", "622588", "622609", "436742", "622155", "621226", "625965",
    "518710", "403361"
  };
  private static final String[] EMAIL_LOCALS = {
    "zhangsan", "lisi", "wang.fang", "liu_wei", "chen-jie", "yangyang", "huang.li", "zhao_min", "wu.qiang"
  };
  private static final String[] EMAIL_DOMAINS = {
    "163.com", "126.com", "qq.com", "sina.com", "gmail.com", "foxmail.com", "example.com.cn", "nx.gov.cn"
  };
  private static final String PLATE_PROVINCES = "京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼";
  private static final String PLATE_LETTERS = "ABCDEFGHJKLMNPQRSTUVWXYZ";
  private static final String[] CODE_PREFIXES = {"91", "91", "91", "92", "93", "12", "51", "52", "Y1"};
  private static final String CODE_ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
  private static final String[][] DIVISIONS = {
    {"宁夏回族自治区", "吴忠市", "青铜峡市"},
    {"宁夏回族自治区", "银川市", "兴庆区"},
    {"北京市", "", "海淀区"},
    {"广东省", "广州市", "天河区"},
    {"上海市", "", "浦东新区"},
    {"内蒙古自治区", "呼伦贝尔市", "鄂温克族自治旗"},
    {"湖北省", "武汉市", "江汉区"},
    {"四川省", "成都市", "武侯区"},
    {"新疆维吾尔自治区", "乌鲁木齐市", "天山区"},
    {"浙江省", "杭州市", "西湖区"},
    {"云南省", "西双版纳傣族自治州", "景洪市"},
    {"河南省", "郑州市", "金水区"},
    {"甘肃省", "临夏回族自治州", "临夏县"},
  };
  private static final String[] TOWNSHIPS = {"小坝镇", "马连洼街道", "新华街道", "城关镇", "大坝乡", "瞿靖镇", "峡口镇"};
  private static final String[] STREETS = {"团结路", "解放东街", "裕民西路", "利民街", "文化路", "新华路", "建设大道"};

  private PersonalDataGenerators() {}

  /**
   * A realistic, clean value of the given kind.
   *
   * @throws NullPointerException if an argument is null
   */
  public static String value(SplittableRandom random, DataKind kind) {
    requireNonNull(random, "random");
    switch (requireNonNull(kind, "kind")) {
      case PERSONAL_NAME:
        return random.nextInt(6) == 0 ? multiPartName(random) : chineseName(random);
      case RESIDENT_ID:
        return random.nextInt(10) == 0 ? legacyResidentId(random) : residentId(random);
      case USCC:
        return creditCode(random);
      case MOBILE:
        return mobile(random);
      case LANDLINE:
        return landline(random);
      case BANK_CARD:
        return bankCard(random);
      case EMAIL:
        return email(random);
      case ADDRESS:
        return address(random);
      case LICENCE_PLATE:
        return licencePlate(random);
      case BIRTH_DATE:
        return birthDate(random);
      default:
        throw new IllegalArgumentException("no generator for " + kind);
    }
  }

  /**
   * What a masker meets in a real field of the given kind: a clean value, a noisy variant of one,
   * a truncated one, or hostile Unicode, in proportions that exercise every path.
   *
   * @throws NullPointerException if an argument is null
   */
  public static String anyInput(SplittableRandom random, DataKind kind) {
    int pick = random.nextInt(10);
    if (pick < 3) {
      return value(random, kind);
    }
    if (pick < 5) {
      return noisy(random, value(random, kind));
    }
    if (pick < 7) {
      String v = value(random, kind);
      int cut = v.offsetByCodePoints(0, random.nextInt(v.codePointCount(0, v.length()) + 1));
      return v.substring(0, cut);
    }
    return unicode(random, 1 + random.nextInt(24));
  }

  /** A Han name: a surname (one in eight compound) and a given name of one or two characters. */
  public static String chineseName(SplittableRandom random) {
    StringBuilder sb = new StringBuilder();
    if (random.nextInt(8) == 0) {
      sb.append(COMPOUND_SURNAMES[random.nextInt(COMPOUND_SURNAMES.length)]);
    } else {
      sb.append(SURNAMES.charAt(random.nextInt(SURNAMES.length())));
    }
    int given = 1 + random.nextInt(2);
    for (int i = 0; i < given; i++) {
      if (random.nextInt(20) == 0) {
        sb.appendCodePoint(0x20000 + random.nextInt(0xA6E0)); // CJK Extension B, such as 𠮷
      } else {
        sb.append(GIVEN.charAt(random.nextInt(GIVEN.length())));
      }
    }
    return sb.toString();
  }

  /** A multi-part name of the kind written with a middle dot, such as 阿卜杜拉·买买提. */
  public static String multiPartName(SplittableRandom random) {
    int parts = 2 + random.nextInt(2);
    String dot = NAME_DOTS[random.nextInt(NAME_DOTS.length)];
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < parts; i++) {
      if (i > 0) {
        sb.append(dot);
      }
      sb.append(NAME_PARTS[random.nextInt(NAME_PARTS.length)]);
    }
    return sb.toString();
  }

  /** A valid 18-character resident ID number, born 1940–2009 (check character computed by credit-core). */
  public static String residentId(SplittableRandom random) {
    String body = regionCode(random) + birthDigits(random, 1940, 70) + digits(random, 3);
    return body + ResidentIdNumber.checkCharacter(body);
  }

  /** A valid legacy 15-digit resident ID number (born 1940–1999; legacy numbers have no check digit). */
  public static String legacyResidentId(SplittableRandom random) {
    return regionCode(random) + birthDigits(random, 1940, 60).substring(2) + digits(random, 3);
  }

  /** The 17 digits of an ID body whose check character is wrong: a near miss. */
  public static String residentIdWithWrongCheck(SplittableRandom random) {
    String body = regionCode(random) + birthDigits(random, 1940, 70) + digits(random, 3);
    char right = ResidentIdNumber.checkCharacter(body);
    char wrong;
    do {
      wrong = random.nextInt(11) == 10 ? 'X' : (char) ('0' + random.nextInt(10));
    } while (wrong == right);
    return body + wrong;
  }

  /**
   * A valid unified social credit code whose embedded organisation code also has a valid GB 11714
   * check character, as issued codes do (both computed by credit-core).
   */
  public static String creditCode(SplittableRandom random) {
    StringBuilder sb = new StringBuilder();
    sb.append(CODE_PREFIXES[random.nextInt(CODE_PREFIXES.length)]);
    sb.append(regionCode(random));
    StringBuilder organisation = new StringBuilder();
    for (int i = 0; i < 8; i++) {
      organisation.append(
          random.nextInt(4) == 0 ? CODE_ALPHABET.charAt(10 + random.nextInt(CODE_ALPHABET.length() - 10)) : (char) ('0' + random.nextInt(10)));
    }
    char organisationCheck = UnifiedSocialCreditCode.organisationCodeCheckCharacter(organisation);
    sb.append(organisation).append(organisationCheck);
    return sb.toString() + UnifiedSocialCreditCode.checkCharacter(sb);
  }

  /** A mainland mobile number, 1[3-9] and nine digits. */
  public static String mobile(SplittableRandom random) {
    return "1" + (char) ('3' + random.nextInt(7)) + digits(random, 9);
  }

  /** A landline with its area code and a dash, such as {@code 0953-3012345}. */
  public static String landline(SplittableRandom random) {
    String area = AREA_CODES[random.nextInt(AREA_CODES.length)];
    int local = area.length() == 3 ? 8 : 7 + random.nextInt(2);
    return area + "-" + (char) ('2' + random.nextInt(7)) + digits(random, local - 1);
  }

  /** A bank card number of 16 or 19 digits with a real bank's prefix and a valid Luhn digit. */
  public static String bankCard(SplittableRandom random) {
    String bin = CARD_BINS[random.nextInt(CARD_BINS.length)];
    int length = bin.startsWith("62") && random.nextBoolean() ? 19 : 16;
    String body = bin + digits(random, length - bin.length() - 1);
    return body + luhnDigit(body);
  }

  /** An e-mail address. */
  public static String email(SplittableRandom random) {
    String local = EMAIL_LOCALS[random.nextInt(EMAIL_LOCALS.length)];
    if (random.nextBoolean()) {
      local += random.nextInt(1000);
    }
    return local + "@" + EMAIL_DOMAINS[random.nextInt(EMAIL_DOMAINS.length)];
  }

  /** A licence plate: ordinary ({@code 宁C12345}) or new energy ({@code 京AD12345}). */
  public static String licencePlate(SplittableRandom random) {
    StringBuilder sb = new StringBuilder();
    sb.append(PLATE_PROVINCES.charAt(random.nextInt(PLATE_PROVINCES.length())));
    sb.append(PLATE_LETTERS.charAt(random.nextInt(PLATE_LETTERS.length())));
    if (random.nextInt(5) == 0) {
      sb.append(random.nextBoolean() ? 'D' : 'F').append(digits(random, 5));
    } else {
      int letterAt = random.nextInt(3) == 0 ? random.nextInt(5) : -1;
      for (int i = 0; i < 5; i++) {
        sb.append(i == letterAt ? PLATE_LETTERS.charAt(random.nextInt(PLATE_LETTERS.length())) : (char) ('0' + random.nextInt(10)));
      }
    }
    return sb.toString();
  }

  /** A Chinese address from province (sometimes left out) down to house number. */
  public static String address(SplittableRandom random) {
    String[] d = DIVISIONS[random.nextInt(DIVISIONS.length)];
    StringBuilder sb = new StringBuilder();
    if (random.nextInt(4) != 0) {
      sb.append(d[0]).append(d[1]);
    }
    sb.append(d[2]);
    if (random.nextBoolean()) {
      sb.append(TOWNSHIPS[random.nextInt(TOWNSHIPS.length)]);
    }
    sb.append(STREETS[random.nextInt(STREETS.length)]).append(1 + random.nextInt(300)).append('号');
    if (random.nextBoolean()) {
      sb.append(1 + random.nextInt(20)).append("号楼").append(1 + random.nextInt(6)).append("单元").append(101 + random.nextInt(1800)).append('室');
    }
    return sb.toString();
  }

  /** A birth date in one of the usual written forms. */
  public static String birthDate(SplittableRandom random) {
    String d = birthDigits(random, 1940, 70);
    String y = d.substring(0, 4);
    String m = d.substring(4, 6);
    String day = d.substring(6, 8);
    switch (random.nextInt(5)) {
      case 0:
        return y + "-" + m + "-" + day;
      case 1:
        return y + "/" + Integer.parseInt(m) + "/" + Integer.parseInt(day);
      case 2:
        return y + "年" + Integer.parseInt(m) + "月" + Integer.parseInt(day) + "日";
      case 3:
        return d;
      default:
        return y + "." + m + "." + day;
    }
  }

  /**
   * A noisy written variant of a value, as it arrives from forms and spreadsheets: some digits
   * and letters full-width, lower-case letters, spaces or dashes between characters, outer
   * whitespace (including U+3000).
   */
  public static String noisy(SplittableRandom random, String value) {
    StringBuilder sb = new StringBuilder();
    if (random.nextBoolean()) {
      sb.append(random.nextBoolean() ? " " : "\u3000");
    }
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c >= '!' && c <= '~' && random.nextInt(3) == 0) {
        c = (char) (c + 0xFEE0);
      } else if (c >= 'A' && c <= 'Z' && random.nextInt(3) == 0) {
        c = (char) (c + ('a' - 'A'));
      }
      sb.append(c);
      if (i + 1 < value.length() && random.nextInt(8) == 0 && !Character.isHighSurrogate(c)) {
        sb.append(random.nextBoolean() ? ' ' : '-');
      }
    }
    if (random.nextBoolean()) {
      sb.append(random.nextBoolean() ? "\t" : "\u00A0");
    }
    return sb.toString();
  }

  /** Every ASCII character of {@code value} that has a full-width form, in that form. */
  public static String fullWidth(String value) {
    StringBuilder sb = new StringBuilder(value.length());
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      sb.append(c >= '!' && c <= '~' ? (char) (c + 0xFEE0) : c);
    }
    return sb.toString();
  }

  /**
   * Hostile Unicode of up to {@code maxCodePoints} code points: ASCII and full-width forms, Han
   * characters of the BMP and of Extension B (surrogate pairs), lone high and low surrogates,
   * combining marks, variation selectors (also the supplementary ones), zero-width characters,
   * emoji, and the separators maskers treat specially ({@code · @ . - *}, U+3000).
   *
   * @throws IllegalArgumentException if {@code maxCodePoints} is not positive
   */
  public static String unicode(SplittableRandom random, int maxCodePoints) {
    if (maxCodePoints <= 0) {
      throw new IllegalArgumentException("maxCodePoints must be positive: " + maxCodePoints);
    }
    int n = 1 + random.nextInt(maxCodePoints);
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < n; i++) {
      switch (random.nextInt(14)) {
        case 0:
          sb.append((char) ('!' + random.nextInt(94)));
          break;
        case 1:
          sb.append((char) ('0' + random.nextInt(10)));
          break;
        case 2:
          sb.append((char) (0xFF01 + random.nextInt(94)));
          break;
        case 3:
          sb.append((char) (0x4E00 + random.nextInt(0x5200)));
          break;
        case 4:
          sb.appendCodePoint(0x20000 + random.nextInt(0xA6E0));
          break;
        case 5:
          sb.append((char) (0xD800 + random.nextInt(0x400)));
          break;
        case 6:
          sb.append((char) (0xDC00 + random.nextInt(0x400)));
          break;
        case 7:
          sb.append((char) (0x0300 + random.nextInt(0x70)));
          break;
        case 8:
          sb.append((char) (0xFE00 + random.nextInt(16)));
          break;
        case 9:
          sb.appendCodePoint(0xE0100 + random.nextInt(0xF0));
          break;
        case 10:
          sb.append("\u200D\u200B\uFEFF".charAt(random.nextInt(3)));
          break;
        case 11:
          sb.appendCodePoint(0x1F600 + random.nextInt(0x50));
          break;
        case 12:
          sb.append("·@.-* \u3000".charAt(random.nextInt(7)));
          break;
        default:
          sb.append("𠮷");
      }
    }
    return sb.toString();
  }

  /**
   * 18 digits that are both a valid bank card number (a card-network prefix 4, 5 or 6 and a valid
   * Luhn digit) and a valid unified social credit code under strict validation (its organisation
   * code's check too), and never a valid resident ID number (the month field is 90 or more): the
   * ambiguous spans a redactor must mask by the stricter reading, as a card.
   */
  public static String cardThatIsAlsoACreditCode(SplittableRandom random) {
    while (true) {
      StringBuilder b = new StringBuilder(18);
      b.append((char) ('4' + random.nextInt(3))).append(digits(random, 1)).append(digits(random, 6));
      b.append(digits(random, 2)).append('9').append(digits(random, 5)); // positions 9-16; 11 is 9: no month
      char orgCheck = UnifiedSocialCreditCode.organisationCodeCheckCharacter(b.subSequence(8, 16));
      if (orgCheck == 'X') {
        continue;
      }
      b.append(orgCheck);
      char check = UnifiedSocialCreditCode.checkCharacter(b);
      if (check < '0' || check > '9') {
        continue;
      }
      if (luhnDigit(b) == check) {
        return b.append(check).toString();
      }
    }
  }

  /** The Luhn check digit that completes {@code body}. */
  public static char luhnDigit(CharSequence body) {
    int sum = 0;
    boolean twice = true;
    for (int i = body.length() - 1; i >= 0; i--) {
      int d = body.charAt(i) - '0';
      if (d < 0 || d > 9) {
        throw new IllegalArgumentException("body has a non-digit at position " + (i + 1));
      }
      if (twice) {
        d *= 2;
        if (d > 9) {
          d -= 9;
        }
      }
      sum += d;
      twice = !twice;
    }
    return (char) ('0' + (10 - sum % 10) % 10);
  }

  /** {@code count} random decimal digits. */
  public static String digits(SplittableRandom random, int count) {
    char[] c = new char[count];
    for (int i = 0; i < count; i++) {
      c[i] = (char) ('0' + random.nextInt(10));
    }
    return new String(c);
  }

  private static String regionCode(SplittableRandom random) {
    return PROVINCES[random.nextInt(PROVINCES.length)] + String.format(Locale.ROOT, "%02d%02d", 1 + random.nextInt(30), 1 + random.nextInt(30));
  }

  private static String birthDigits(SplittableRandom random, int fromYear, int years) {
    int year = fromYear + random.nextInt(years);
    int month = 1 + random.nextInt(12);
    int day = 1 + random.nextInt(28);
    return String.format(Locale.ROOT, "%04d%02d%02d", year, month, day);
  }
}
