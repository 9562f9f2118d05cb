package org.creditgov.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.creditgov.privacy.mask.DataKind;
import org.creditgov.privacy.mask.MaskingProfile;
import org.creditgov.testkit.MaskingOutputs;
import org.creditgov.testkit.PersonalDataGenerators;
import org.creditgov.testkit.Seeds;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The contract of the JVM maskers, run over Spark (PRI-3, CAT-6): credit-testkit's masking
 * invariant suite with {@code credit_mask} as the system under test, and a seeded property that on
 * generated inputs of every kind — clean, noisy, truncated, hostile Unicode, with full-width
 * digits and characters outside the Basic Multilingual Plane — Spark's output equals {@link
 * MaskingProfile#mask} exactly, under every built-in profile. Each computes all its values in one
 * Spark query (a query per value would take hours) and then judges them seed by seed, so a failure
 * names its seed and {@code -Dcreditgov.seed=…} reproduces it.
 *
 * <p>Spark holds strings as UTF-8, which cannot carry a lone surrogate: such a value reaches Spark
 * with {@code ?} in its place (Java's UTF-8 encoder), so the property compares Spark's output with
 * the library's on the value as Spark holds it, and checks that every other value arrives intact.
 */
class SparkMaskingContractTest {

  private static final int SEEDS = 300;
  private static final List<MaskingProfile> PROFILES = List.of(MaskingProfile.PUBLIC, MaskingProfile.SHARING, MaskingProfile.SUBJECT);
  private static final StructType SCHEMA = new StructType()
      .add("seed", DataTypes.LongType).add("kind", DataTypes.StringType).add("v", DataTypes.StringType);

  private static SparkSession spark;

  @BeforeAll
  static void start() {
    spark = SharedSpark.session();
  }

  /** Every value's masks under the three profiles, computed by Spark with the kind as a column. */
  private static Map<String, String[]> sparkMasks(List<Row> rows) {
    String sql = "SELECT kind, v, credit_mask(kind, v, 'PUBLIC'), credit_mask(kind, v, 'SHARING'), credit_mask(kind, v, 'SUBJECT')"
        + " FROM generated";
    spark.createDataFrame(rows, SCHEMA).createOrReplaceTempView("generated");
    Map<String, String[]> out = new HashMap<>();
    for (Row r : spark.sql(sql).collectAsList()) {
      out.put(key(r.getString(0), r.isNullAt(1) ? null : r.getString(1)),
          new String[] {r.getString(2), r.getString(3), r.getString(4)});
    }
    return out;
  }

  private static String key(String kind, String value) {
    return kind + '\u0000' + (value == null ? "\u0001null" : value);
  }

  @TestFactory
  Stream<DynamicNode> pri3Cat6TheMaskingInvariantSuiteOverCreditMask() {
    List<Row> rows = new ArrayList<>();
    Seeds.stream(MaskingOutputs.DEFAULT_SEEDS).forEach(seed -> {
      SplittableRandom random = Seeds.random(seed);
      for (DataKind kind : DataKind.values()) {
        rows.add(RowFactory.create(seed, kind.name(), PersonalDataGenerators.value(random, kind)));
      }
    });
    Map<String, String[]> masks = sparkMasks(rows);
    Stream<DynamicNode> all = Stream.empty();
    for (int p = 0; p < PROFILES.size(); p++) {
      int profile = p;
      all = Stream.concat(all, MaskingOutputs.suite(PROFILES.get(p), (kind, clear) -> {
        String[] shown = masks.get(key(kind.name(), clear));
        if (shown == null) {
          throw new AssertionError("Spark was not given this " + kind.nameEn());
        }
        return shown[profile];
      }));
    }
    return all;
  }

  @Test
  void pri3SparkEqualsTheProfileOnGeneratedInputsIncludingNullEmptyAndSupplementaryCharacters() {
    Map<Long, List<String[]>> cases = new HashMap<>();
    List<Row> rows = new ArrayList<>();
    Seeds.stream(SEEDS).forEach(seed -> {
      SplittableRandom random = Seeds.random(seed);
      List<String[]> mine = new ArrayList<>();
      for (DataKind kind : DataKind.values()) {
        String clean = PersonalDataGenerators.anyInput(random, kind);
        String[] values = {clean, PersonalDataGenerators.fullWidth(clean), "𠀀" + clean, clean + "\uD840\uDC01",
            random.nextInt(20) == 0 ? "" : PersonalDataGenerators.noisy(random, clean), null};
        for (String v : values) {
          rows.add(RowFactory.create(seed, kind.name(), v));
          mine.add(new String[] {kind.name(), v});
        }
      }
      cases.put(seed, mine);
    });
    Map<String, String[]> masks = sparkMasks(rows);
    int checked = Seeds.forEachSeed(SEEDS, seed -> {
      for (String[] c : cases.get(seed)) {
        DataKind kind = DataKind.valueOf(c[0]);
        String held = c[1] == null ? null : new String(c[1].getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8);
        if (held != null && !hasLoneSurrogate(c[1])) {
          assertThat(held).as("Spark holds a " + kind.nameEn() + " as given").isEqualTo(c[1]);
        }
        String[] shown = masks.get(key(c[0], held));
        assertThat(shown).as("Spark returned the " + kind.nameEn()).isNotNull();
        for (int p = 0; p < PROFILES.size(); p++) {
          String expected = PROFILES.get(p).mask(kind, held);
          if (!java.util.Objects.equals(shown[p], expected)) {
            throw new AssertionError("credit_mask of a " + kind.nameEn() + " of " + (held == null ? "null" : held.length()
                + " UTF-16 units") + " under " + PROFILES.get(p).name() + " differs from MaskingProfile.mask");
          }
        }
      }
    });
    assertThat(checked).isGreaterThan(0);
  }

  private static boolean hasLoneSurrogate(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isHighSurrogate(c) && (i + 1 == s.length() || !Character.isLowSurrogate(s.charAt(i + 1)))) {
        return true;
      }
      if (Character.isLowSurrogate(c) && (i == 0 || !Character.isHighSurrogate(s.charAt(i - 1)))) {
        return true;
      }
      if (Character.isHighSurrogate(c)) {
        i++;
      }
    }
    return false;
  }
}
