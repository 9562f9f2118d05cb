package org.creditgov.privacy.redact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.creditgov.privacy.mask.DataKind.BANK_CARD;
import static org.creditgov.privacy.mask.DataKind.EMAIL;
import static org.creditgov.privacy.mask.DataKind.LANDLINE;
import static org.creditgov.privacy.mask.DataKind.LICENCE_PLATE;
import static org.creditgov.privacy.mask.DataKind.MOBILE;
import static org.creditgov.privacy.mask.DataKind.PERSONAL_NAME;
import static org.creditgov.privacy.mask.DataKind.RESIDENT_ID;
import static org.creditgov.privacy.mask.DataKind.USCC;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.creditgov.privacy.mask.DataKind;
import org.creditgov.privacy.mask.MaskingProfile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RedactorTest {

  private static final String ID = "640302198506121235";
  private static final String ID_X = "11010819790815002X";
  private static final String CODE = "91640300MA76ABCD1B";
  private static final String CARD = "6222021234567890128";

  private final Redactor redactor = Redactor.standard();

  /** The kind of the single span found, checking that it covers exactly {@code value}. */
  private DataKind only(String before, String value, String after) {
    String text = before + value + after;
    RedactionResult result = redactor.redact(text);
    assertThat(result.spans()).hasSize(1);
    Span span = result.spans().get(0);
    assertThat(text.substring(span.start(), span.end())).isEqualTo(value);
    return span.kind();
  }

  private void nothing(String text) {
    RedactionResult result = redactor.redact(text);
    assertThat(result.spans()).isEmpty();
    assertThat(result.text()).isEqualTo(text);
  }

  @Test
  void findsEachKindInADecisionSentence() {
    assertThat(only("当事人张某，公民身份号码", ID, "，住宁夏青铜峡市。")).isEqualTo(RESIDENT_ID);
    assertThat(only("身份证号：", ID_X, "。")).isEqualTo(RESIDENT_ID);
    assertThat(only("身份证号：", ID_X.toLowerCase(), "。")).isEqualTo(RESIDENT_ID);
    assertThat(only("统一社会信用代码：", CODE, "）")).isEqualTo(USCC);
    assertThat(only("联系电话", "13800138000", "。")).isEqualTo(MOBILE);
    assertThat(only("电话：", "138-0013-8000", "；")).isEqualTo(MOBILE);
    assertThat(only("电话：", "138 0013 8000", "；")).isEqualTo(MOBILE);
    assertThat(only("电话：", "+86 13800138000", "；")).isEqualTo(MOBILE);
    assertThat(only("电话：", "+8613800138000", "；")).isEqualTo(MOBILE);
    assertThat(only("固定电话", "0953-3012345", "。")).isEqualTo(LANDLINE);
    assertThat(only("固定电话", "010-62345678", "。")).isEqualTo(LANDLINE);
    assertThat(only("固定电话", "（0953）3012345", "。")).isEqualTo(LANDLINE);
    assertThat(only("银行账号", CARD, "。")).isEqualTo(BANK_CARD);
    assertThat(only("卡号", "6222 0212 3456 7890 128", "。")).isEqualTo(BANK_CARD);
    assertThat(only("邮箱", "zhang.san_01@mail.example.com.cn", "。")).isEqualTo(EMAIL);
    assertThat(only("车牌号为", "宁C12345", "的货车")).isEqualTo(LICENCE_PLATE);
    assertThat(only("车牌号为", "京A·D12345", "的汽车")).isEqualTo(LICENCE_PLATE);
    assertThat(only("车牌号为", "宁A1234挂", "的挂车")).isEqualTo(LICENCE_PLATE);
  }

  @Test
  void fullWidthDigitsAreReadAsDigitsAndSpansIndexTheInput() {
    String fullWidth = "６４０３０２１９８５０６１２１２３５";
    assertThat(only("身份证号", fullWidth, "")).isEqualTo(RESIDENT_ID);
    assertThat(only("手机", "１３８００１３８０００", "")).isEqualTo(MOBILE);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "订单号" + ID + "7，请核对。", // 19 digits: no hidden 18-digit ID
        "编号9" + ID + "。",
        "身份证号640302198506121236。", // wrong check character
        "号码110108200102301233。", // 30 February
        "罚款金额13800138000.50元。", // an amount
        "交易时间20230512143025，时间戳1683876625123。",
        "邮政编码751600，电话12315。",
        "宁吴市监罚〔2023〕15号行政处罚决定书",
        "订单号13800138000已发货。", // an 11-digit order number
        "交易流水号6222021234567890128。", // a Luhn-valid number labelled as a transaction number
        "卡号6222021234567890129。", // Luhn fails
        "12345678901234567890123", // too long for anything
        "备案号京ICP备12345678号，许可证粤B2-20090059。",
        "金额为1,380,013,800元，比例为0.13800138000。",
        "沪A股上涨，宁夏回族自治区。",
        "邮箱写成 zhang@163 是错的。",
      })
  void nearMissesAreNotHits(String text) {
    nothing(text);
  }

  @Test
  void replacesSpansWithStarsAndKeepsTheCreditCode() {
    RedactionResult result =
        redactor.redact("当事人王𠮷，手机13800138000，代码" + CODE + "。", List.of("王𠮷"));
    assertThat(result.text()).isEqualTo("当事人**，手机***********，代码" + CODE + "。");
    assertThat(result.spans()).extracting(Span::kind).containsExactly(PERSONAL_NAME, MOBILE, USCC);
    assertThat(result.spans(MOBILE)).containsExactly(Span.of(MOBILE, 9, 20));
  }

  @Test
  void masksWithAProfileWhenAskedTo() {
    Redactor masking = Redactor.builder().maskWith(MaskingProfile.PUBLIC).build();
    assertThat(masking.redact("手机13800138000，身份证" + ID + "。").text())
        .isEqualTo("手机138****8000，身份证640302********1235。");
  }

  @Test
  void namesAreFoundWhereverTheyOccurAndTheLongestWins() {
    RedactionResult result =
        redactor.redact("证人张三丰与张三到场，Li 与 Lily 签字。", List.of("张三", "张三丰", " ", "Li"));
    assertThat(result.text()).isEqualTo("证人***与**到场，** 与 Lily 签字。");
  }

  @Test
  void anEmailWinsOverTheMobileInItsLocalPart() {
    assertThat(only("邮箱", "13800138000@163.com", "。")).isEqualTo(EMAIL);
  }

  @Test
  void onlyTheChosenKindsAreDetected() {
    Redactor phones = Redactor.builder().detect(MOBILE).build();
    RedactionResult result = phones.redact("手机13800138000，身份证" + ID + "。");
    assertThat(result.spans()).extracting(Span::kind).containsExactly(MOBILE);
    assertThatThrownBy(() -> Redactor.builder().detect(DataKind.ADDRESS))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Redactor.builder().detect()).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void theClockDecidesWhetherABirthDateIsInTheFuture() {
    Clock in2000 = Clock.fixed(Instant.parse("2000-01-01T00:00:00Z"), ZoneOffset.UTC);
    Redactor then = Redactor.builder().clock(in2000).build();
    String born2001 = "110108200103011238";
    assertThat(then.redact("身份证" + born2001).spans()).isEmpty();
  }

  @Test
  void resultsPrintNoPersonalData() {
    RedactionResult result = redactor.redact("手机13800138000", List.of());
    assertThat(result.toString()).doesNotContain("13800138000").doesNotContain("138");
    assertThat(Span.of(MOBILE, 2, 13).toString()).contains("MOBILE");
  }

  @Test
  void badArgumentsAreRefused() {
    assertThatThrownBy(() -> redactor.redact(null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> redactor.redact("x", null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> Span.of(MOBILE, 3, 3)).isInstanceOf(IllegalArgumentException.class);
  }

  /** Item 6: 516403811900001239 is a valid card (prefix 5, Luhn) and a strictly valid credit code; it is masked as a card. */
  @Test
  void aNumberValidAsACardAndAsACreditCodeIsMaskedAsACard() {
    String both = "516403811900001239";
    assertThat(org.creditgov.core.identity.UnifiedSocialCreditCode.isValid(both, org.creditgov.core.identity.ValidationLevel.STRICT)).isTrue();
    RedactionResult r = Redactor.standard().redact("收款账户" + both + "。");
    assertThat(r.spans()).containsExactly(Span.of(BANK_CARD, 4, 22));
    assertThat(r.text()).isEqualTo("收款账户******************。").doesNotContain(both);
    assertThat(Redactor.builder().maskWith(MaskingProfile.PUBLIC).build().redact(both).text()).isEqualTo("**************1239");
    // a genuine credit code that is no card stays in the clear, as before
    assertThat(Redactor.standard().redact("统一社会信用代码91512081MA62K0260E").text()).endsWith("91512081MA62K0260E");
  }

  /** The stricter mask wins over generated ambiguous spans, in running text, with and without a profile. */
  @Test
  void theStricterReadingWinsOverEveryGeneratedAmbiguousSpan() {
    Redactor masking = Redactor.builder().maskWith(MaskingProfile.SHARING).build();
    org.creditgov.testkit.Seeds.forEachSeed(500, seed -> {
      java.util.SplittableRandom random = org.creditgov.testkit.Seeds.random(seed);
      String both = org.creditgov.testkit.PersonalDataGenerators.cardThatIsAlsoACreditCode(random);
      assertThat(org.creditgov.core.identity.UnifiedSocialCreditCode.isValid(both, org.creditgov.core.identity.ValidationLevel.STRICT)).isTrue();
      String text = "经核查，账号" + both + "已冻结。";
      RedactionResult r = Redactor.standard().redact(text);
      assertThat(r.spans()).as(both).containsExactly(Span.of(BANK_CARD, 6, 24));
      assertThat(r.text()).doesNotContain(both).contains("*".repeat(18));
      assertThat(masking.redact(text).text()).as(both)
          .contains(MaskingProfile.SHARING.mask(BANK_CARD, both)).doesNotContain(both);
    });
  }
}
