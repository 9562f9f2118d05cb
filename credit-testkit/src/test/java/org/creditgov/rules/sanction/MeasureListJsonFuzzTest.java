package org.creditgov.rules.sanction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.creditgov.rules.io.BundledLists;
import org.creditgov.rules.io.MeasureListJson;
import org.creditgov.testkit.Seeds;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** A damaged list file loads whole or fails with the one typed exception, never anything else and never partly. */
class MeasureListJsonFuzzTest {

  private static final String TEXT = read();

  static Stream<Long> seeds() {
    return Seeds.stream(300);
  }

  private static String read() {
    try (InputStream in = BundledLists.class.getResourceAsStream("/org/creditgov/rules/sanction/national-model.json")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  @ParameterizedTest(name = "seed={0}")
  @MethodSource("seeds")
  void aDamagedFileIsRefusedWithItsProblemsOrLoadsWhole(long seed) {
    SplittableRandom r = Seeds.random(seed);
    StringBuilder s = new StringBuilder(TEXT);
    int edits = 1 + r.nextInt(3);
    for (int i = 0; i < edits; i++) {
      int at = r.nextInt(s.length());
      switch (r.nextInt(3)) {
        case 0 -> s.deleteCharAt(at);
        case 1 -> s.insert(at, "{}[],:\"0aZ".charAt(r.nextInt(10)));
        default -> s.setCharAt(at, "{}[],:\"0aZ".charAt(r.nextInt(10)));
      }
    }
    String text = s.toString();
    Throwable t = catchThrowable(() -> MeasureListJson.read(text, "fuzz.json"));
    if (t == null) {
      assertThat(MeasureListJson.lint(text, "fuzz.json")).isEmpty();
    } else {
      assertThat(t).isInstanceOf(MeasureListFormatException.class);
      assertThat(((MeasureListFormatException) t).problems()).isNotEmpty()
          .allMatch(p -> p.source().equals("fuzz.json"))
          .isEqualTo(MeasureListJson.lint(text, "fuzz.json"));
    }
  }
}
