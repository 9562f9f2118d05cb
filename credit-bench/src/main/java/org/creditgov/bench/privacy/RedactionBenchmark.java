package org.creditgov.bench.privacy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.creditgov.privacy.redact.Redactor;
import org.creditgov.testkit.TextCorpus;
import org.creditgov.testkit.TextCorpus.LabelledText;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Redaction throughput: one operation redacts every text of {@link TextCorpus#standard()} (630
 * texts, {@link #CORPUS_UTF8_BYTES} bytes of UTF-8), with the given names, by the library's
 * scanner and by {@link RegexRedactor}. MB/s = ops/s × bytes / 10⁶.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class RedactionBenchmark {

  /** The corpus size the README's MB/s figures use; checked in {@link #setUp()}. */
  static final int CORPUS_UTF8_BYTES = 111_492;

  private final Redactor redactor = Redactor.standard();
  private final RegexRedactor regex = new RegexRedactor();
  private List<LabelledText> corpus;

  /**
   * Loads the corpus and checks that the regex baseline finds what the library finds, so the
   * comparison is between equivalent detectors.
   *
   * @throws IllegalStateException if the baseline is not equivalent on the corpus
   */
  @Setup
  public void setUp() {
    corpus = TextCorpus.standard();
    int ours = 0;
    int theirs = 0;
    int bytes = 0;
    for (LabelledText t : corpus) {
      String a = redactor.redact(t.text(), t.names()).text();
      String b = regex.redact(t.text(), t.names());
      ours += redactor.redact(t.text(), t.names()).spans().size();
      theirs += regex.find(t.text(), t.names()).size();
      if (!a.equals(b)) {
        theirs += 1_000_000; // any differing text makes the baseline not equivalent
      }
      bytes += t.text().getBytes(StandardCharsets.UTF_8).length;
    }
    if (ours != theirs) {
      throw new IllegalStateException("the regex baseline is not equivalent: " + ours + " vs " + theirs + " spans");
    }
    if (Math.abs(bytes - CORPUS_UTF8_BYTES) > CORPUS_UTF8_BYTES / 10) {
      throw new IllegalStateException("the corpus has " + bytes + " bytes; update CORPUS_UTF8_BYTES");
    }
  }

  @Benchmark
  public void redactOurs(Blackhole bh) {
    for (LabelledText t : corpus) {
      bh.consume(redactor.redact(t.text(), t.names()));
    }
  }

  @Benchmark
  public void redactRegex(Blackhole bh) {
    for (LabelledText t : corpus) {
      bh.consume(regex.redact(t.text(), t.names()));
    }
  }
}
