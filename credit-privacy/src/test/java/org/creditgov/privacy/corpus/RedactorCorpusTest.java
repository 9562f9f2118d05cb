package org.creditgov.privacy.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.creditgov.privacy.mask.DataKind;
import org.creditgov.privacy.redact.RedactionResult;
import org.creditgov.privacy.redact.Redactor;
import org.creditgov.privacy.redact.Span;
import org.creditgov.testkit.TextCorpus;
import org.creditgov.testkit.TextCorpus.LabelledText;
import org.junit.jupiter.api.Test;

/**
 * Precision and recall of {@link Redactor#standard()} on the labelled corpus (issue 6): a span
 * counts as found only if kind, start and end are all exact.
 */
class RedactorCorpusTest {

  private static final double MIN_PRECISION = 0.99;
  private static final double MIN_RECALL = 0.98;

  @Test
  void theCorpusIsLargeEnoughAndCoversEveryDetectedKind() {
    List<LabelledText> corpus = TextCorpus.standard();
    assertThat(corpus).hasSizeGreaterThanOrEqualTo(500);
    Set<DataKind> kinds = new HashSet<>();
    corpus.forEach(t -> t.expected().forEach(s -> kinds.add(s.kind())));
    assertThat(kinds)
        .containsExactlyInAnyOrder(
            DataKind.PERSONAL_NAME, DataKind.RESIDENT_ID, DataKind.USCC, DataKind.MOBILE, DataKind.LANDLINE,
            DataKind.BANK_CARD, DataKind.EMAIL, DataKind.LICENCE_PLATE);
  }

  @Test
  void precisionAndRecallMeetTheTargetsForEveryKind() {
    Map<DataKind, int[]> counts = new EnumMap<>(DataKind.class); // true positives, false positives, false negatives
    StringBuilder misses = new StringBuilder();
    Redactor redactor = Redactor.standard();
    for (LabelledText text : TextCorpus.standard()) {
      RedactionResult result = redactor.redact(text.text(), text.names());
      Set<Span> expected = new HashSet<>(text.expected());
      for (Span found : result.spans()) {
        int[] c = counts.computeIfAbsent(found.kind(), k -> new int[3]);
        if (expected.remove(found)) {
          c[0]++;
        } else {
          c[1]++;
          misses.append("false positive ").append(found).append(" in: ").append(text.text()).append('\n');
        }
      }
      for (Span missed : expected) {
        counts.computeIfAbsent(missed.kind(), k -> new int[3])[2]++;
        misses.append("missed ").append(missed).append(" in: ").append(text.text()).append('\n');
      }
    }
    StringBuilder table = new StringBuilder("| kind | expected | found | true pos. | false pos. | missed | precision | recall |\n|---|---:|---:|---:|---:|---:|---:|---:|\n");
    counts.forEach(
        (kind, c) ->
            table.append(String.format(Locale.ROOT, "| %s | %d | %d | %d | %d | %d | %.4f | %.4f |%n",
                kind, c[0] + c[2], c[0] + c[1], c[0], c[1], c[2], precision(c), recall(c))));
    // the table goes to the build log and to docs/privacy.md; the corpus is synthetic, no real data
    System.out.println(table);
    System.out.println(misses);
    counts.forEach(
        (kind, c) -> {
          assertThat(precision(c)).as("precision of %s", kind).isGreaterThanOrEqualTo(MIN_PRECISION);
          assertThat(recall(c)).as("recall of %s", kind).isGreaterThanOrEqualTo(MIN_RECALL);
        });
  }

  private static double precision(int[] c) {
    return c[0] + c[1] == 0 ? 1.0 : (double) c[0] / (c[0] + c[1]);
  }

  private static double recall(int[] c) {
    return c[0] + c[2] == 0 ? 1.0 : (double) c[0] / (c[0] + c[2]);
  }
}
