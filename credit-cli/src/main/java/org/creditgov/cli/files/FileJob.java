package org.creditgov.cli.files;

import static java.util.Objects.requireNonNull;

import com.google.common.base.Ticker;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.creditgov.cli.Env;
import org.creditgov.cli.Texts;
import org.jspecify.annotations.Nullable;

/**
 * The one mechanism of {@code credit mask} and {@code credit redact} (PRI-3): an input read a
 * record at a time ({@link RecordSource}), each well-formed record transformed and written to an
 * {@link AtomicOutput}, each malformed one reported by its line number (never its content) and
 * handled by the {@link OnError} policy — quarantined records copied raw to their own atomic
 * output — and a {@link Progress} bar while it runs. The output appears whole or not at all.
 */
public final class FileJob {

  /** How many malformed records are reported one by one; the rest are counted. */
  public static final int REPORTED = 20;

  /**
   * What to run.
   *
   * @param input the file read
   * @param output the file written
   * @param onError what to do with a malformed record
   * @param quarantine where quarantined records go ({@code <output>.quarantine} when null)
   * @param progress whether a progress bar may be drawn (on a terminal only)
   */
  public record Options(Path input, Path output, OnError onError, @Nullable Path quarantine, boolean progress) {
    /** Checks for nulls. */
    public Options {
      requireNonNull(input, "input");
      requireNonNull(output, "output");
      requireNonNull(onError, "onError");
    }

    /** The quarantine file. */
    public Path quarantineFile() {
      Path q = quarantine;
      return q != null ? q : output.resolveSibling(output.getFileName() + ".quarantine");
    }
  }

  /** Writes the well-formed records of one run. */
  public interface Sink<T> {
    /** Writes the transformed record. */
    void write(T record) throws IOException;

    /** Called once after the last record, before the output is committed. */
    default void finish() throws IOException {}
  }

  /** Opens the sink over the output, once the source is open (a CSV sink writes the header first). */
  @FunctionalInterface
  public interface SinkFactory<S, T> {
    /** The sink writing to {@code out}. */
    Sink<T> open(S source, Writer out) throws IOException;
  }

  /**
   * What a run did.
   *
   * @param records the well-formed records written
   * @param malformed the malformed records
   * @param completed whether the output was written (false when {@link OnError#FAIL} stopped it)
   */
  public record Outcome(long records, long malformed, boolean completed) {}

  private FileJob() {}

  /**
   * Runs one job: reads {@code source} to its end through {@code sinks}.
   *
   * @throws IOException if a file cannot be read or written (nothing is left behind)
   */
  public static <S extends RecordSource<T>, T> Outcome run(Env env, Options options, S source,
      SinkFactory<? super S, T> sinks) throws IOException {
    Texts texts = env.texts();
    long size = Files.size(options.input());
    Progress progress = new Progress(env.err(), texts, size, options.progress() && env.terminal(), Ticker.systemTicker());
    long records = 0;
    long malformed = 0;
    try (S in = source;
        AtomicOutput out = AtomicOutput.create(options.output());
        AtomicOutput quarantine = options.onError() == OnError.QUARANTINE ? AtomicOutput.create(options.quarantineFile()) : null) {
      Writer w = new BufferedWriter(new OutputStreamWriter(out.stream(), StandardCharsets.UTF_8), 1 << 16);
      Writer q = quarantine == null ? null
          : new BufferedWriter(new OutputStreamWriter(quarantine.stream(), StandardCharsets.UTF_8), 1 << 13);
      Sink<T> sink = sinks.open(in, w);
      while (in.advance()) {
        T r = in.record();
        if (r != null) {
          sink.write(r);
          records++;
        } else {
          Malformed m = requireNonNull(in.problem(), "a malformed record has its problem");
          malformed++;
          if (malformed <= REPORTED || options.onError() == OnError.FAIL) {
            progress.clear();
            env.err().println(m.describe(texts));
          }
          if (options.onError() == OnError.FAIL) {
            env.err().println(texts.get("job.failed", options.output()));
            return new Outcome(records, malformed, false);
          }
          if (q != null) {
            in.copyRaw(q);
          }
        }
        if ((records + malformed & 0xFFF) == 0) {
          progress.update(records + malformed, in.bytesRead());
        }
      }
      sink.finish();
      w.flush();
      progress.finish(records + malformed, in.bytesRead());
      if (malformed > REPORTED) {
        env.err().println(texts.get("job.moreMalformed", malformed - REPORTED));
      }
      out.commit();
      if (quarantine != null) {
        requireNonNull(q, "the quarantine writer").flush();
        quarantine.commit();
      }
      return new Outcome(records, malformed, true);
    }
  }
}
