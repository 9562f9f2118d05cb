package org.creditgov.testkit;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.creditgov.privacy.mask.DataKind;
import org.creditgov.privacy.redact.Span;
import org.jspecify.annotations.Nullable;

/**
 * A labelled corpus for measuring free-text redaction (PRI-3, CAT-6): short texts in the style of
 * administrative penalty decisions (行政处罚决定书) with the exact spans of personal information in
 * each, and near misses that must not be found — order and transaction numbers (some holding a
 * valid ID number inside 19 digits, some Luhn-valid), ID numbers with a wrong check character,
 * timestamps, amounts, postcodes, document numbers, ICP record numbers, hotlines.
 *
 * <p>{@link #generate(long, int)} fills templates from a seed, so the corpus is the same on every
 * build; {@link #tricky()} is a hand-written set of hard cases. Third parties' names are given to
 * the redactor ({@link LabelledText#names()}) and labelled; the penalised party's name is
 * published by law and is not.
 */
public final class TextCorpus {

  /** The seed of {@link #standard()}. */
  public static final long DEFAULT_SEED = 0x7E57_C0DE_2026L;

  /** The number of generated texts in {@link #standard()}. */
  public static final int DEFAULT_SIZE = 600;

  private static final String[] AUTHORITIES = {
    "青铜峡市市场监督管理局", "吴忠市市场监督管理局", "银川市兴庆区综合执法局", "青铜峡市交通运输局", "宁夏回族自治区药品监督管理局"
  };
  private static final String[] DOC_PREFIXES = {"青市监罚", "吴市监处罚", "兴综执罚", "青交罚", "宁药监罚"};
  private static final String[] COMPANIES = {
    "青铜峡市鑫源商贸有限公司", "吴忠市利民食品厂", "宁夏塞上农业科技有限公司", "银川市兴庆区好运来超市", "青铜峡市小坝镇惠民药店"
  };
  private static final String[] BANKS = {"中国工商银行", "中国农业银行", "中国建设银行", "宁夏银行", "黄河农村商业银行"};
  private static final String[] VEHICLES = {"重型半挂牵引车", "小型普通客车", "轻型厢式货车", "出租车"};

  /** One text, the names given to the redactor, and the spans it should find. */
  public record LabelledText(String text, List<String> names, List<Span> expected) {

    /**
     * A labelled text; the lists are copied.
     *
     * @throws NullPointerException if an argument is null
     */
    public LabelledText {
      requireNonNull(text, "text");
      names = List.copyOf(names);
      expected = List.copyOf(expected);
    }
  }

  private TextCorpus() {}

  /** {@link #generate(long, int)} with {@link #DEFAULT_SEED} and {@link #DEFAULT_SIZE}, then {@link #tricky()}. */
  public static List<LabelledText> standard() {
    List<LabelledText> all = new ArrayList<>(generate(DEFAULT_SEED, DEFAULT_SIZE));
    all.addAll(tricky());
    return List.copyOf(all);
  }

  /**
   * {@code count} texts generated from templates by the given seed.
   *
   * @throws IllegalArgumentException if {@code count} is negative
   */
  public static List<LabelledText> generate(long seed, int count) {
    if (count < 0) {
      throw new IllegalArgumentException("count must not be negative: " + count);
    }
    SplittableRandom random = new SplittableRandom(seed);
    List<LabelledText> texts = new ArrayList<>(count);
    while (texts.size() < count) {
      Draft d = new Draft();
      int template = texts.size() % 12;
      fill(template, d, random);
      LabelledText text = d.build();
      if (text != null) {
        texts.add(text);
      }
    }
    return List.copyOf(texts);
  }

  private static void fill(int template, Draft d, SplittableRandom r) {
    switch (template) {
      case 0:
        d.lit(pick(r, AUTHORITIES) + "行政处罚决定书 " + docNumber(r) + "\n当事人：" + PersonalDataGenerators.chineseName(r) + "，性别：" + (r.nextBoolean() ? "男" : "女") + "，公民身份号码：");
        d.pii(DataKind.RESIDENT_ID, PersonalDataGenerators.residentId(r));
        d.lit("，住址：" + PersonalDataGenerators.address(r) + "，联系电话：");
        d.pii(DataKind.MOBILE, PersonalDataGenerators.mobile(r));
        d.lit("。");
        break;
      case 1:
        d.lit("当事人" + pick(r, COMPANIES) + "（统一社会信用代码：");
        d.pii(DataKind.USCC, PersonalDataGenerators.creditCode(r));
        d.lit("），法定代表人：" + PersonalDataGenerators.chineseName(r) + "，联系电话：");
        d.pii(DataKind.LANDLINE, PersonalDataGenerators.landline(r));
        d.lit("，邮政编码" + postcode(r) + "。");
        break;
      case 2:
        d.lit("经查，" + date(r) + "，当事人通过其个人银行账户（开户行：" + pick(r, BANKS) + "，账号：");
        d.pii(DataKind.BANK_CARD, PersonalDataGenerators.bankCard(r));
        d.lit("）收取货款共计人民币" + amount(r) + "元，订单号" + orderNumber(r) + "。");
        break;
      case 3:
        d.lit(date(r) + "，执法人员对车牌号为");
        d.pii(DataKind.LICENCE_PLATE, PersonalDataGenerators.licencePlate(r));
        d.lit("的" + pick(r, VEHICLES) + "进行检查，驾驶人");
        d.name(PersonalDataGenerators.chineseName(r));
        d.lit("（身份证号");
        d.pii(DataKind.RESIDENT_ID, PersonalDataGenerators.residentId(r));
        d.lit("）在场，检查时间" + timestamp(r) + "。");
        break;
      case 4:
        d.lit("证人");
        d.name(PersonalDataGenerators.chineseName(r));
        d.lit("（手机");
        d.pii(DataKind.MOBILE, PersonalDataGenerators.mobile(r));
        d.lit("）证实：当事人于" + date(r) + "销售过期食品" + (1 + r.nextInt(90)) + "箱，交易流水号" + luhnSerial(r) + "。");
        break;
      case 5:
        d.lit("如不服本决定，可在收到本决定书之日起六十日内向" + pick(r, AUTHORITIES) + "申请行政复议，邮编" + postcode(r) + "，咨询电话");
        d.pii(DataKind.LANDLINE, PersonalDataGenerators.landline(r));
        d.lit("，电子邮箱");
        d.pii(DataKind.EMAIL, PersonalDataGenerators.email(r));
        d.lit("。");
        break;
      case 6:
        d.lit("当事人" + PersonalDataGenerators.chineseName(r) + "于" + date(r) + "缴纳罚款" + amount(r) + "元，缴款书编号" + orderNumber(r) + "，经办人");
        d.name(PersonalDataGenerators.chineseName(r));
        d.lit("，身份证号" + PersonalDataGenerators.residentIdWithWrongCheck(r) + "（校验位错误，已退回）。");
        break;
      case 7:
        d.lit("举报人");
        d.name(r.nextInt(4) == 0 ? PersonalDataGenerators.multiPartName(r) : PersonalDataGenerators.chineseName(r));
        d.lit("（联系方式：");
        String m = PersonalDataGenerators.mobile(r);
        char sep = r.nextBoolean() ? ' ' : '-';
        d.pii(DataKind.MOBILE, r.nextBoolean() ? m.substring(0, 3) + sep + m.substring(3, 7) + sep + m.substring(7) : "+86 " + m);
        d.lit("，邮箱");
        d.pii(DataKind.EMAIL, PersonalDataGenerators.email(r));
        d.lit("）反映，" + pick(r, COMPANIES) + "存在违法行为，网站备案号宁ICP备" + PersonalDataGenerators.digits(r, 8) + "号。");
        break;
      case 8:
        d.lit("本案涉及银行卡");
        String card = PersonalDataGenerators.bankCard(r);
        d.pii(DataKind.BANK_CARD, grouped(card));
        d.lit("，时间戳" + (1_600_000_000_000L + r.nextInt(200_000_000) * 1000L + r.nextInt(1000)) + "，批次号" + PersonalDataGenerators.digits(r, 12) + "，订单号");
        d.lit(PersonalDataGenerators.residentId(r) + r.nextInt(10)); // a valid ID inside 19 digits
        d.lit("。");
        break;
      case 9:
        d.lit("当事人委托代理人");
        d.name(PersonalDataGenerators.chineseName(r));
        d.lit("，身份证号码");
        String id = PersonalDataGenerators.residentId(r);
        d.pii(DataKind.RESIDENT_ID, r.nextBoolean() ? PersonalDataGenerators.fullWidth(id) : id.toLowerCase(java.util.Locale.ROOT));
        d.lit("，联系电话");
        d.pii(DataKind.MOBILE, r.nextBoolean() ? PersonalDataGenerators.fullWidth(PersonalDataGenerators.mobile(r)) : PersonalDataGenerators.mobile(r));
        d.lit("，代理权限为特别授权，罚没款" + PersonalDataGenerators.mobile(r) + ".50元待缴。");
        break;
      case 10:
        d.lit("据" + pick(r, COMPANIES) + "（统一社会信用代码");
        d.pii(DataKind.USCC, PersonalDataGenerators.creditCode(r));
        d.lit("）提供的合同编号" + PersonalDataGenerators.digits(r, 18) + "及发票号码" + PersonalDataGenerators.digits(r, 20) + "，涉案车辆");
        d.pii(DataKind.LICENCE_PLATE, PersonalDataGenerators.licencePlate(r));
        d.lit("，货值" + amount(r) + "元。");
        break;
      default:
        d.lit(PersonalDataGenerators.chineseName(r) + "，" + (r.nextBoolean() ? "男" : "女") + "，身份证号码");
        d.pii(DataKind.RESIDENT_ID, PersonalDataGenerators.legacyResidentId(r));
        d.lit("（旧版），联系电话");
        String area = "(0953)";
        d.pii(DataKind.LANDLINE, r.nextBoolean() ? area + "3" + PersonalDataGenerators.digits(r, 6) : "（0951）" + "6" + PersonalDataGenerators.digits(r, 6));
        d.lit("，开户账号");
        d.pii(DataKind.BANK_CARD, PersonalDataGenerators.bankCard(r));
        d.lit("，于" + timestamp(r) + "到案。");
    }
  }

  /**
   * The hand-written hard cases: each labelled value marked {@code ⟦KIND|value⟧}.
   */
  public static List<LabelledText> tricky() {
    return List.of(
        parse("身份证号⟦RESIDENT_ID|11010519491231002X⟧，手机⟦MOBILE|13800138000⟧。"),
        parse("身份证号⟦RESIDENT_ID|11010519491231002x⟧（小写x）。"),
        parse("身份证号⟦RESIDENT_ID|１１０１０５１９４９１２３１００２Ｘ⟧（全角）。"),
        parse("订单号110105194912310021，不是身份证号。"),
        parse("编号911010519491231002X，前面多了一位。"),
        parse("身份证号110108200102301233的出生日期是2月30日，无效。"),
        parse("身份证号110105194912310022的校验位错误。"),
        parse("罚款金额13800138000.50元，不是电话。"),
        parse("订单号13800138000，不是手机号。"),
        parse("电话⟦MOBILE|138-0013-8000⟧或⟦MOBILE|138 0013 8000⟧或⟦MOBILE|+86 13800138000⟧。"),
        parse("固话⟦LANDLINE|010-62345678⟧，传真⟦LANDLINE|（0953）3012345⟧，投诉电话12315。"),
        parse("服务热线400-810-8888不是个人电话，邮编751600也不是。"),
        parse("交易流水号6222021234567890128是流水号，卡号⟦BANK_CARD|6222021234567890128⟧是卡。"),
        parse("卡号⟦BANK_CARD|6222 0212 3456 7890 128⟧，尾号0128。"),
        parse("卡号6222021234567890129的校验位错误。"),
        parse("统一社会信用代码⟦USCC|91640300MA76ABCD1B⟧，注册号640300200012345。"),
        parse("统一社会信用代码91640300MA76ABCD1C的校验位错误。"),
        parse("邮箱⟦EMAIL|zhang.san_01@mail.example.com.cn⟧，错写成zhang@163不算。"),
        parse("邮箱⟦EMAIL|13800138000@163.com⟧里的手机号属于邮箱。"),
        parse("车辆⟦LICENCE_PLATE|宁C12345⟧、⟦LICENCE_PLATE|京A·D12345⟧、⟦LICENCE_PLATE|宁A1234挂⟧被查扣。"),
        parse("网站备案号宁ICP备12345678号，许可证粤B2-20090059，沪A股。"),
        parse("当事人张某的代理人⟦PERSONAL_NAME|王𠮷⟧（手机⟦MOBILE|１３９１２３４５６７８⟧）到场。", "王𠮷"),
        parse("证人⟦PERSONAL_NAME|阿卜杜拉·买买提⟧和⟦PERSONAL_NAME|欧阳娜娜⟧签字。", "阿卜杜拉·买买提", "欧阳娜娜"),
        parse("时间戳1683876625123，交易时间20230512143025，金额1,380,013,800元。"),
        parse("文号宁吴市监罚〔2023〕0015号，案号（2023）宁0381行初12号。"),
        parse("批次号20230512000123456789，序列号ABCDEFGHJKLMNPQRTU。"),
        parse("比例为0.13800138000，区间为13800138000-13900139000。"),
        parse("旧版身份证⟦RESIDENT_ID|110105491231002⟧已换发。"),
        parse("附件：身份证复印件（号码⟦RESIDENT_ID|640302198506121235⟧）。"),
        parse("收款账户⟦BANK_CARD|4367421234567896⟧（建设银行）。"));
  }

  /**
   * A labelled text from markup: {@code ⟦KIND|value⟧} marks a value of a {@link DataKind}.
   *
   * @throws IllegalArgumentException if the markup is malformed or names an unknown kind
   */
  public static LabelledText parse(String markup, String... names) {
    Draft d = new Draft();
    int i = 0;
    while (i < markup.length()) {
      int open = markup.indexOf('⟦', i);
      if (open < 0) {
        d.lit(markup.substring(i));
        break;
      }
      int bar = markup.indexOf('|', open);
      int close = markup.indexOf('⟧', open);
      if (bar < 0 || close < bar) {
        throw new IllegalArgumentException("malformed markup at " + open);
      }
      d.lit(markup.substring(i, open));
      d.pii(DataKind.valueOf(markup.substring(open + 1, bar)), markup.substring(bar + 1, close));
      i = close + 1;
    }
    return new LabelledText(d.text.toString(), List.of(names), d.spans);
  }

  private static String pick(SplittableRandom r, String[] values) {
    return values[r.nextInt(values.length)];
  }

  private static String docNumber(SplittableRandom r) {
    return pick(r, DOC_PREFIXES) + "〔" + (2019 + r.nextInt(7)) + "〕" + (1 + r.nextInt(300)) + "号";
  }

  private static String date(SplittableRandom r) {
    return (2019 + r.nextInt(7)) + "年" + (1 + r.nextInt(12)) + "月" + (1 + r.nextInt(28)) + "日";
  }

  private static String timestamp(SplittableRandom r) {
    return String.format(java.util.Locale.ROOT, "%04d%02d%02d%02d%02d%02d", 2019 + r.nextInt(7), 1 + r.nextInt(12), 1 + r.nextInt(28), r.nextInt(24), r.nextInt(60), r.nextInt(60));
  }

  private static String amount(SplittableRandom r) {
    int yuan = 100 + r.nextInt(2_000_000);
    String s = r.nextBoolean() ? String.format(java.util.Locale.ROOT, "%,d", yuan) : Integer.toString(yuan);
    return r.nextBoolean() ? s + "." + PersonalDataGenerators.digits(r, 2) : s;
  }

  private static String postcode(SplittableRandom r) {
    return "75" + PersonalDataGenerators.digits(r, 4);
  }

  /** An order number: date and a sequence, 18 or 19 digits. */
  private static String orderNumber(SplittableRandom r) {
    return timestamp(r).substring(0, 8) + PersonalDataGenerators.digits(r, 10 + r.nextInt(2));
  }

  /** A 19-digit transaction serial that starts like a card and even passes Luhn: labelled, so not a card. */
  private static String luhnSerial(SplittableRandom r) {
    String body = "62" + PersonalDataGenerators.digits(r, 16);
    return body + PersonalDataGenerators.luhnDigit(body);
  }

  private static String grouped(String card) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < card.length(); i += 4) {
      if (i > 0) {
        sb.append(' ');
      }
      sb.append(card, i, Math.min(card.length(), i + 4));
    }
    return sb.toString();
  }

  /** A text being written, with its labelled spans. */
  private static final class Draft {
    private final StringBuilder text = new StringBuilder();
    private final List<Span> spans = new ArrayList<>();
    private final List<String> names = new ArrayList<>();

    void lit(String s) {
      text.append(s);
    }

    void pii(DataKind kind, String value) {
      spans.add(Span.of(kind, text.length(), text.length() + value.length()));
      text.append(value);
    }

    void name(String name) {
      names.add(name);
      pii(DataKind.PERSONAL_NAME, name);
    }

    /** The text, or null if a given name also occurs unlabelled (it would be a false label). */
    @Nullable LabelledText build() {
      String s = text.toString();
      for (String name : names) {
        int count = 0;
        for (int at = s.indexOf(name); at >= 0; at = s.indexOf(name, at + 1)) {
          count++;
        }
        long labelled = spans.stream().filter(sp -> s.substring(sp.start(), sp.end()).equals(name)).count();
        if (count != labelled) {
          return null;
        }
      }
      return new LabelledText(s, names, spans);
    }
  }
}
