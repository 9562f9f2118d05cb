package org.creditgov.spark;

import static org.apache.spark.sql.functions.col;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.catalyst.FunctionIdentifier;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.creditgov.core.identity.ResidentIdNumber;
import org.creditgov.privacy.Pseudonymizer;
import org.creditgov.privacy.mask.DataKind;
import org.creditgov.privacy.mask.MaskingProfile;
import org.creditgov.privacy.redact.Redactor;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The functions from SQL and from the DataFrame API (PRI-1, PRI-3, CAT-6): equal to credit-privacy on
 * the hard cases — null, {@code ""}, blanks, a character outside the Basic Multilingual Plane,
 * full-width digits, compound surnames — names checked at analysis, Catalyst's code generation used.
 */
class SparkFunctionsTest {

  private static final List<String> HARD = Arrays.asList(
      null, "", "   ", "\u3000", "张三", "欧阳娜娜", "𠀀𠀁𠀂", "王𠀀", "阿卜杜拉·买买提", "１３８００１３８０００",
      "110105194912310025", "11010519491231002x", "１１０１０５１９４９１２３１００２５", "110 105 1949 1231 0025",
      "13800138000", "+86 138-0013-8000", "91350100M000100Y43", "6222021234567890123", "zhangsan@example.com",
      "北京市朝阳区建国路88号", "京A12345", "1990-03-07", "1990年3月7日", "x", "𠀀");

  private static SparkSession spark;
  private static Dataset<Row> hard;

  @BeforeAll
  static void start() {
    spark = SharedSpark.session();
    List<Row> rows = new ArrayList<>();
    for (String v : HARD) {
      rows.add(RowFactory.create(v));
    }
    hard = spark.createDataFrame(rows, new StructType().add("v", DataTypes.StringType));
    hard.createOrReplaceTempView("hard");
  }

  private static List<String> column(Dataset<Row> df) {
    List<String> out = new ArrayList<>();
    for (Row r : df.collectAsList()) {
      out.add(r.isNullAt(0) ? null : r.getString(0));
    }
    return out;
  }

  @Test
  void pri3CreditMaskFromSqlEqualsTheProfileForEveryKindAndProfile() {
    for (MaskingProfile profile : List.of(MaskingProfile.PUBLIC, MaskingProfile.SHARING, MaskingProfile.SUBJECT)) {
      for (DataKind kind : DataKind.values()) {
        List<String> expected = new ArrayList<>();
        for (String v : HARD) {
          expected.add(profile.mask(kind, v));
        }
        String sql = profile == MaskingProfile.PUBLIC
            ? "SELECT credit_mask('" + kind + "', v) FROM hard"
            : "SELECT credit_mask('" + kind + "', v, '" + profile.name() + "') FROM hard";
        assertThat(column(spark.sql(sql))).as(kind + " " + profile.name()).containsExactlyElementsOf(expected);
      }
    }
  }

  @Test
  void pri3TheDataFrameFormsEqualTheLibrary() {
    List<String> names = column(hard.select(CreditSpark.mask(DataKind.PERSONAL_NAME, col("v"))));
    List<String> ids = column(hard.select(CreditSpark.mask(DataKind.RESIDENT_ID, col("v"), MaskingProfile.SUBJECT)));
    List<String> redacted = column(hard.select(CreditSpark.redact(col("v"))));
    for (int i = 0; i < HARD.size(); i++) {
      String v = HARD.get(i);
      assertThat(names.get(i)).isEqualTo(MaskingProfile.PUBLIC.mask(DataKind.PERSONAL_NAME, v));
      assertThat(ids.get(i)).isEqualTo(MaskingProfile.SUBJECT.mask(DataKind.RESIDENT_ID, v));
      assertThat(redacted.get(i)).isEqualTo(v == null ? null : Redactor.standard().redact(v).text());
    }
    assertThat(names).as("a surrogate pair is one character").contains("王*", "欧阳**");
  }

  @Test
  void cat6TheKindMayBeAColumn() {
    Dataset<Row> kinds = spark.createDataFrame(List.of(
        RowFactory.create("MOBILE", "13800138000"), RowFactory.create("PERSONAL_NAME", "欧阳娜娜"),
        RowFactory.create("BANK_CARD", "6222021234567890123"), RowFactory.create(null, "13800138000")),
        new StructType().add("k", DataTypes.StringType).add("v", DataTypes.StringType));
    assertThat(column(kinds.selectExpr("credit_mask(k, v, 'SHARING')")))
        .containsExactly(MaskingProfile.SHARING.mask(DataKind.MOBILE, "13800138000"),
            MaskingProfile.SHARING.mask(DataKind.PERSONAL_NAME, "欧阳娜娜"),
            MaskingProfile.SHARING.mask(DataKind.BANK_CARD, "6222021234567890123"), null)
        .startsWith("138****8000", "欧阳**");
  }

  @Test
  void pri3FreeTextIsRedactedAsTheRedactorDoes() {
    String text = "当事人张三，身份证号110105194912310025，电话13800138000，邮箱zhangsan@example.com。";
    Row r = spark.sql("SELECT credit_redact('" + text + "'), credit_redact(NULL)").first();
    assertThat(r.getString(0)).isEqualTo(Redactor.standard().redact(text).text()).doesNotContain("13800138000");
    assertThat(r.isNullAt(1)).isTrue();
  }

  @Test
  void pri1PseudonymsEqualThePseudonymizerUnderTheConfiguredKey() {
    Pseudonymizer p = Pseudonymizer.of(SharedSpark.KEY_ID, SharedSpark.KEY);
    Row r = spark.sql("SELECT credit_pseudonym('RESIDENT_ID', '11010519491231002x', 'k2026'),"
        + " credit_pseudonym('MOBILE', '+86 138 0013 8000', 'k2026'),"
        + " credit_pseudonym('110105194912310025', 'k2026'), credit_pseudonym('91350100M000100Y43', 'k2026'),"
        + " credit_pseudonym('MOBILE', '  ', 'k2026'), credit_pseudonym('MOBILE', NULL, 'k2026')").first();
    assertThat(r.getString(0)).isEqualTo(p.pseudonym(DataKind.RESIDENT_ID, "11010519491231002x"))
        .isEqualTo(p.pseudonym(DataKind.RESIDENT_ID, "11010519491231002X"));
    assertThat(r.getString(1)).isEqualTo(p.pseudonym(DataKind.MOBILE, "13800138000"));
    assertThat(r.getString(2)).isEqualTo(p.pseudonym(DataKind.RESIDENT_ID, "110105194912310025"));
    assertThat(r.getString(3)).isEqualTo(p.pseudonym(DataKind.USCC, "91350100M000100Y43"));
    assertThat(r.isNullAt(4)).as("a blank value has no token").isTrue();
    assertThat(r.isNullAt(5)).isTrue();
    Dataset<Row> ids = spark.createDataset(List.of("110105194912310025"), Encoders.STRING()).toDF("id");
    assertThat(column(ids.select(CreditSpark.pseudonym(DataKind.RESIDENT_ID, col("id"), "k2026"))))
        .containsExactly(p.pseudonym(DataKind.RESIDENT_ID, "110105194912310025"));
    assertThat(column(ids.select(CreditSpark.subjectPseudonym(col("id"), "k2026"))))
        .containsExactly(p.pseudonym(DataKind.RESIDENT_ID, "110105194912310025"));
  }

  @Test
  void credit_validChecksIdentifiersByCreditCore() {
    String id = "11010519491231002" + ResidentIdNumber.checkCharacter("11010519491231002");
    String wrong = "11010519491231002" + (id.endsWith("0") ? "1" : "0");
    Row r = spark.sql("SELECT credit_valid('RESIDENT_ID', '" + id + "'), credit_valid('RESIDENT_ID', '" + wrong + "'),"
        + " credit_valid('USCC', '91350100M000100Y43'), credit_valid('USCC', NULL)").first();
    assertThat(r.getBoolean(0)).isTrue();
    assertThat(r.getBoolean(1)).isFalse();
    assertThat(r.getBoolean(2)).isTrue();
    assertThat(r.isNullAt(3)).isTrue();
    assertThatThrownBy(() -> spark.sql("SELECT credit_valid('MOBILE', '13800138000')").collect())
        .hasMessageContaining("MOBILE has no validator");
    assertThatThrownBy(() -> CreditSpark.valid(DataKind.EMAIL, col("v"))).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void constantNamesAreCheckedWhenTheQueryIsAnalysed() {
    assertThatThrownBy(() -> spark.sql("SELECT credit_mask('NAME', v) FROM hard"))
        .hasMessageContaining("not a data kind");
    assertThatThrownBy(() -> spark.sql("SELECT credit_mask('MOBILE', v, 'PRIVATE') FROM hard"))
        .hasMessageContaining("not a masking profile");
    assertThatThrownBy(() -> spark.sql("SELECT credit_pseudonym('MOBILE', v, 'nokey') FROM hard"))
        .hasMessageContaining("no key is configured for key id nokey")
        .hasMessageContaining(CreditSpark.keyConfig("nokey"));
    assertThatThrownBy(() -> spark.sql("SELECT credit_mask(v) FROM hard")).hasMessageContaining("takes 2 or 3 arguments");
    assertThatThrownBy(() -> CreditSpark.mask(DataKind.MOBILE, col("v"),
        MaskingProfile.PUBLIC.toBuilder().name("MINE").build())).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aKindUnknownAtRunTimeFailsTheQueryWithoutQuotingTheValue() {
    Dataset<Row> bad = spark.createDataFrame(List.of(RowFactory.create("PHONE", "13800138000")),
        new StructType().add("k", DataTypes.StringType).add("v", DataTypes.StringType));
    assertThatThrownBy(() -> bad.selectExpr("credit_mask(k, v)").collect())
        .hasStackTraceContaining("not a data kind")
        .satisfies(e -> assertThat(stackText(e)).doesNotContain("13800138000"));
  }

  @Test
  void theFunctionsAreCatalystExpressionsInGeneratedCode() {
    // over a range, not a local table, whose projection the optimizer would evaluate at planning
    Dataset<Row> df = spark.range(HARD.size()).selectExpr("CAST(id * 7919 + 13800000000 AS STRING) v")
        .selectExpr("credit_mask('MOBILE', v)", "credit_redact(v)", "credit_pseudonym('MOBILE', v, 'k2026')");
    String plan = df.queryExecution().executedPlan().toString();
    assertThat(plan).as("whole-stage code generation").contains("*(1) Project")
        .contains("static_invoke(org.creditgov.spark.CreditFunctions.mask(MOBILE, v").doesNotContain("UDF");
    assertThat(df.count()).isEqualTo(HARD.size());
  }

  @Test
  void registerAddsTheFunctionsToASessionThatLacksThem() {
    SparkSession other = spark.newSession();
    for (SqlFunctions.Registration r : SqlFunctions.all()) {
      assertThat(((org.apache.spark.sql.classic.SparkSession) other).sessionState().functionRegistry()
          .dropFunction(FunctionIdentifier.apply(r.name()))).isTrue();
    }
    assertThatThrownBy(() -> other.sql("SELECT credit_mask('MOBILE', '13800138000')")).hasMessageContaining("credit_mask");
    CreditSpark.register(other);
    assertThat(other.sql("SELECT credit_mask('MOBILE', '13800138000')").first().getString(0)).isEqualTo("138****8000");
  }

  private static String stackText(Throwable e) {
    java.io.StringWriter w = new java.io.StringWriter();
    e.printStackTrace(new java.io.PrintWriter(w));
    return w.toString();
  }
}
