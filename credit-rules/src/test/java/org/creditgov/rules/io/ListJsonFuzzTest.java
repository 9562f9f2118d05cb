package org.creditgov.rules.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.SplittableRandom;
import org.creditgov.core.data.DataProblem;
import org.creditgov.rules.incentive.IncentiveList;
import org.creditgov.rules.incentive.IncentiveListFormatException;
import org.creditgov.rules.sanction.MeasureList;
import org.creditgov.rules.sanction.MeasureListFormatException;
import org.creditgov.testkit.Seeds;
import org.junit.jupiter.api.Test;

/**
 * A damaged list file of either format (SAN-1, INC-1) loads whole or fails with the one typed
 * exception listing the very problems lint gives, each located (source, pointer, line and column)
 * and serving a requirement: never another exception and never a partial list.
 */
class ListJsonFuzzTest {

  private static final String MEASURES = read("/org/creditgov/rules/sanction/national-model.json");
  private static final String SUPPLEMENT = read("/org/creditgov/rules/sanction/example-640381-qingtongxia.json");
  private static final String INCENTIVES = read("/org/creditgov/rules/incentive/incentives-640381-qingtongxia.json");
  private static final String ALPHABET = "{}[],:\"0aZ -P\\";

  private static String read(String name) {
    try (InputStream in = BundledLists.class.getResourceAsStream(name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  private static String damage(SplittableRandom r, String text) {
    StringBuilder s = new StringBuilder(text);
    int edits = 1 + r.nextInt(3);
    for (int i = 0; i < edits; i++) {
      int at = r.nextInt(s.length());
      switch (r.nextInt(3)) {
        case 0 -> s.deleteCharAt(at);
        case 1 -> s.insert(at, ALPHABET.charAt(r.nextInt(ALPHABET.length())));
        default -> s.setCharAt(at, ALPHABET.charAt(r.nextInt(ALPHABET.length())));
      }
    }
    return s.toString();
  }

  private static void assertLocated(List<DataProblem> problems) {
    assertThat(problems).isNotEmpty().allSatisfy(p -> {
      assertThat(p.source()).isEqualTo("fuzz.json");
      assertThat(p.pointer()).matches("(/[^/]*)*");
      assertThat(p.line()).isPresent();
      assertThat(p.column()).isPresent();
      assertThat(p.requirement()).isPresent();
      assertThat(p.messageZh()).isNotBlank();
      assertThat(p.messageEn()).isNotBlank();
    });
  }

  @Test
  void aDamagedMeasureListIsRefusedWithItsProblemsOrLoadsWhole() {
    Seeds.forEachSeed(300, seed -> {
      SplittableRandom r = Seeds.random(seed);
      String text = damage(r, r.nextBoolean() ? MEASURES : SUPPLEMENT);
      MeasureList[] read = new MeasureList[1];
      Throwable t = catchThrowable(() -> read[0] = MeasureListJson.read(text, "fuzz.json"));
      if (t == null) {
        assertThat(MeasureListJson.lint(text, "fuzz.json")).isEmpty();
        assertThat(MeasureListJson.read(MeasureListJson.write(read[0]), "again.json")).as("a loaded list is whole").isEqualTo(read[0]);
      } else {
        assertThat(t).isInstanceOf(MeasureListFormatException.class);
        List<DataProblem> problems = ((MeasureListFormatException) t).problems();
        assertLocated(problems);
        assertThat(problems).isEqualTo(MeasureListJson.lint(text, "fuzz.json"));
      }
    });
  }

  @Test
  void aDamagedIncentiveListIsRefusedWithItsProblemsOrLoadsWhole() {
    Seeds.forEachSeed(300, seed -> {
      SplittableRandom r = Seeds.random(seed);
      String text = damage(r, INCENTIVES);
      IncentiveList[] read = new IncentiveList[1];
      Throwable t = catchThrowable(() -> read[0] = MeasureListJson.readIncentives(text, "fuzz.json"));
      if (t == null) {
        assertThat(MeasureListJson.lintIncentives(text, "fuzz.json")).isEmpty();
        assertThat(MeasureListJson.readIncentives(MeasureListJson.writeIncentives(read[0]), "again.json")).isEqualTo(read[0]);
      } else {
        assertThat(t).isInstanceOf(IncentiveListFormatException.class);
        List<DataProblem> problems = ((IncentiveListFormatException) t).problems();
        assertLocated(problems);
        assertThat(problems).isEqualTo(MeasureListJson.lintIncentives(text, "fuzz.json"));
      }
    });
  }
}
