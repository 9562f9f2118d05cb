package org.creditgov.cli.files;

import java.nio.file.Path;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * The options every streaming command shares ({@code credit mask}, {@code credit redact}): the
 * input, {@code -o} the output, {@code --format}, {@code --on-error}, {@code --quarantine} and
 * {@code --no-progress}. A picocli mixin.
 */
public final class FileOptions {

  @Parameters(index = "0", paramLabel = "<input>", descriptionKey = "files.input")
  @Nullable Path input;

  @Option(names = {"-o", "--output"}, required = true, paramLabel = "<output>", descriptionKey = "files.output")
  @Nullable Path output;

  @Option(names = "--format", paramLabel = "csv|jsonl|text", descriptionKey = "files.format")
  @Nullable RecordFormat format;

  @Option(names = "--on-error", defaultValue = "fail", paramLabel = "fail|skip|quarantine", descriptionKey = "files.onError")
  OnError onError = OnError.FAIL;

  @Option(names = "--quarantine", paramLabel = "<file>", descriptionKey = "files.quarantine")
  @Nullable Path quarantine;

  @Option(names = "--no-progress", descriptionKey = "files.noProgress")
  boolean noProgress;

  /** The input file. */
  public Path input() {
    return java.util.Objects.requireNonNull(input, "picocli sets the input");
  }

  /** The output file. */
  public Path output() {
    return java.util.Objects.requireNonNull(output, "picocli sets the output");
  }

  /** The format given, or the one the input's extension names. */
  public java.util.Optional<RecordFormat> format() {
    return format != null ? java.util.Optional.of(format) : RecordFormat.ofExtension(input());
  }

  /** The job's options. */
  public FileJob.Options options() {
    return new FileJob.Options(input(), output(), onError, quarantine, !noProgress);
  }

  /** Whether the output would overwrite the input. */
  public boolean outputIsInput() {
    return input().toAbsolutePath().normalize().equals(output().toAbsolutePath().normalize());
  }
}
