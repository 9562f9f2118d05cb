package org.creditgov.cli.mask;

import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.creditgov.cli.Arguments;
import org.creditgov.cli.Env;
import org.creditgov.cli.Exit;
import org.creditgov.cli.Texts;
import org.creditgov.cli.UsageProblem;
import org.creditgov.cli.files.FileJob;
import org.creditgov.cli.files.FileOptions;
import org.creditgov.cli.files.JsonLines;
import org.creditgov.cli.files.LineSource;
import org.creditgov.cli.files.RecordFormat;
import org.creditgov.privacy.mask.DataKind;
import org.creditgov.privacy.redact.RedactionResult;
import org.creditgov.privacy.redact.Redactor;
import org.creditgov.privacy.redact.Span;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code credit redact notes.txt -o notes-redacted.txt}, or {@code credit redact --field remarks
 * cases.jsonl -o out.jsonl} (PRI-3): removes personal data — names, identity numbers, phone and
 * card numbers, e-mail addresses, plates — from free text with the library's {@link Redactor},
 * line by line, or from the named fields of a JSON Lines file; the same streaming, progress and
 * atomic output as {@code credit mask}. Prints how many of each kind were found.
 */
@Command(name = "redact", sortOptions = false, usageHelpAutoWidth = true)
public final class RedactCommand implements Callable<Integer> {

  private final Env env;

  @Option(names = "--field", paramLabel = "<field>", descriptionKey = "redact.field")
  List<String> fields = new ArrayList<>();

  @Option(names = "--profile", paramLabel = "PUBLIC|SHARING|SUBJECT", descriptionKey = "redact.profile")
  @Nullable String profile;

  @Mixin
  FileOptions files = new FileOptions();

  private final Map<DataKind, Long> found = new EnumMap<>(DataKind.class);

  /** The command, run in {@code env}. */
  public RedactCommand(Env env) {
    this.env = env;
  }

  @Override
  public Integer call() throws IOException {
    Texts texts = env.texts();
    RecordFormat format = files.format().orElse(RecordFormat.TEXT);
    if (files.outputIsInput()) {
      throw new UsageProblem(texts.get("files.sameFile"));
    }
    Redactor.Builder b = Redactor.builder().clock(env.clock());
    if (profile != null) {
      b.maskWith(Arguments.profile(profile, texts));
    }
    Redactor redactor = b.build();
    FileJob.Outcome outcome;
    switch (format) {
      case JSONL:
        if (fields.isEmpty()) {
          throw new UsageProblem(texts.get("redact.fieldsNeeded"));
        }
        outcome = FileJob.run(env, files.options(), JsonLines.open(files.input()), (s, w) -> (ObjectNode record) -> {
          for (String f : fields) {
            JsonNode v = record.get(f);
            if (v != null && v.isString()) {
              record.put(f, redact(redactor, v.asString()));
            }
          }
          w.write(JsonLines.write(record));
          w.write('\n');
        });
        break;
      case TEXT:
        if (!fields.isEmpty()) {
          throw new UsageProblem(texts.get("redact.fieldsOnlyJsonl"));
        }
        outcome = FileJob.run(env, files.options(), LineSource.text(files.input()), (s, w) -> (String line) -> {
          w.write(redact(redactor, line));
          w.write('\n');
        });
        break;
      default:
        throw new UsageProblem(texts.get("redact.csvNotRedacted"));
    }
    if (!outcome.completed()) {
      return Exit.FINDINGS;
    }
    env.out().println(texts.get("redact.summary", outcome.records(), outcome.malformed(), files.output()));
    for (Map.Entry<DataKind, Long> e : found.entrySet()) {
      env.out().printf("  %-16s %10d%n", texts.name(e.getKey()), e.getValue());
    }
    return outcome.malformed() > 0 ? Exit.FINDINGS : Exit.OK;
  }

  private String redact(Redactor redactor, String text) {
    RedactionResult r = redactor.redact(text);
    for (Span s : r.spans()) {
      found.merge(s.kind(), 1L, Long::sum);
    }
    return r.text();
  }
}
