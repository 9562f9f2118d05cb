package org.creditgov.cli.mask;

import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.Predicate;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.creditgov.cli.Arguments;
import org.creditgov.cli.Env;
import org.creditgov.cli.Exit;
import org.creditgov.cli.Texts;
import org.creditgov.cli.UsageProblem;
import org.creditgov.cli.files.CsvSource;
import org.creditgov.cli.files.FileJob;
import org.creditgov.cli.files.FileOptions;
import org.creditgov.cli.files.JsonLines;
import org.creditgov.cli.files.RecordFormat;
import org.creditgov.core.identity.ForeignPermanentResidentId;
import org.creditgov.core.identity.ResidentIdNumber;
import org.creditgov.core.identity.UnifiedSocialCreditCode;
import org.creditgov.privacy.mask.DataKind;
import org.creditgov.privacy.mask.MaskingProfile;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code credit mask --profile PUBLIC --column name=PERSONAL_NAME --column id=RESIDENT_ID in.csv -o
 * out.csv} (PRI-3, CAT-6): masks the named columns of a CSV file (by header name or 1-based index)
 * or the named fields of a JSON Lines file by a masking profile, every other value untouched,
 * streaming in constant memory; prints a summary per masked column. Every masked value is {@link
 * MaskingProfile#mask(DataKind, String)} of the value read.
 */
@Command(name = "mask", sortOptions = false, usageHelpAutoWidth = true)
public final class MaskCommand implements Callable<Integer> {

  private final Env env;

  @Option(names = "--profile", required = true, paramLabel = "PUBLIC|SHARING|SUBJECT", descriptionKey = "mask.profile")
  @Nullable String profile;

  @Option(names = "--column", required = true, paramLabel = "<column>=<kind>", descriptionKey = "mask.column")
  List<String> columns = new ArrayList<>();

  @Mixin
  FileOptions files = new FileOptions();

  /** The command, run in {@code env}. */
  public MaskCommand(Env env) {
    this.env = env;
  }

  @Override
  public Integer call() throws IOException {
    Texts texts = env.texts();
    MaskingProfile p = Arguments.profile(java.util.Objects.requireNonNull(profile, "picocli sets the profile"), texts);
    RecordFormat format = files.format().orElseThrow(() -> new UsageProblem(texts.get("files.formatUnknown", files.input())));
    if (format == RecordFormat.TEXT) {
      throw new UsageProblem(texts.get("mask.textNotMasked"));
    }
    if (files.outputIsInput()) {
      throw new UsageProblem(texts.get("files.sameFile"));
    }
    List<Spec> specs = new ArrayList<>();
    for (String c : columns) {
      specs.add(Spec.parse(c, texts));
    }
    FileJob.Outcome outcome;
    List<ColumnMask> masks = new ArrayList<>();
    if (format == RecordFormat.CSV) {
      CsvSource source = CsvSource.open(files.input());
      try {
        masks.addAll(resolve(specs, source.header(), p, texts));
      } catch (RuntimeException e) {
        source.close();
        throw e;
      }
      outcome = FileJob.run(env, files.options(), source, (s, w) -> csvSink(w, s.header(), masks));
    } else {
      for (Spec s : specs) {
        if (s.index >= 0) {
          throw new UsageProblem(texts.get("mask.fieldByName", s.text));
        }
        masks.add(new ColumnMask(s.name, s.kind, p, validator(s.kind), -1));
      }
      outcome = FileJob.run(env, files.options(), JsonLines.open(files.input()), (s, w) -> jsonSink(w, masks));
    }
    if (!outcome.completed()) {
      return Exit.FINDINGS;
    }
    summary(texts, outcome, masks);
    return outcome.malformed() > 0 ? Exit.FINDINGS : Exit.OK;
  }

  /** The validity check of identifiers of {@code kind}, where the library has one. */
  private @Nullable Predicate<String> validator(DataKind kind) {
    switch (kind) {
      case RESIDENT_ID: {
        ResidentIdNumber.Parser ids = ResidentIdNumber.parser(env.clock());
        return v -> ids.isValid(v) || ForeignPermanentResidentId.isValid(v);
      }
      case USCC:
        return UnifiedSocialCreditCode::isValid;
      default:
        return null;
    }
  }

  /** A {@code --column} as given: a header name or a 1-based index, and a kind. */
  private record Spec(String text, String name, int index, DataKind kind) {
    static Spec parse(String text, Texts texts) {
      int eq = text.lastIndexOf('=');
      if (eq <= 0 || eq == text.length() - 1) {
        throw new UsageProblem(texts.get("mask.columnForm", text));
      }
      String column = text.substring(0, eq).trim();
      String kindName = text.substring(eq + 1).trim().toUpperCase(Locale.ROOT);
      DataKind kind;
      try {
        kind = DataKind.valueOf(kindName);
      } catch (IllegalArgumentException e) {
        throw new UsageProblem(texts.get("mask.unknownKind", kindName, kinds(texts)));
      }
      int index = column.chars().allMatch(Character::isDigit) ? Integer.parseInt(column) - 1 : -1;
      if (column.chars().allMatch(Character::isDigit) && index < 0) {
        throw new UsageProblem(texts.get("mask.columnForm", text));
      }
      return new Spec(text, column, index, kind);
    }
  }

  private static String kinds(Texts texts) {
    StringBuilder s = new StringBuilder();
    for (DataKind k : DataKind.values()) {
      s.append(s.length() == 0 ? "" : ", ").append(k.name()).append(" (").append(texts.name(k)).append(')');
    }
    return s.toString();
  }

  private List<ColumnMask> resolve(List<Spec> specs, ImmutableList<String> header, MaskingProfile p, Texts texts) {
    if (header.isEmpty()) {
      throw new UsageProblem(texts.get("mask.noHeader", files.input()));
    }
    List<ColumnMask> out = new ArrayList<>();
    for (Spec s : specs) {
      int i = s.index >= 0 ? s.index : header.indexOf(s.name);
      if (i < 0 || i >= header.size()) {
        throw new UsageProblem(texts.get("mask.noSuchColumn", s.name, String.join(", ", header)));
      }
      for (ColumnMask m : out) {
        if (m.index() == i) {
          throw new UsageProblem(texts.get("mask.columnTwice", header.get(i)));
        }
      }
      out.add(new ColumnMask(header.get(i), s.kind, p, validator(s.kind), i));
    }
    return out;
  }

  private static FileJob.Sink<CSVRecord> csvSink(Writer w, List<String> header, List<ColumnMask> masks) throws IOException {
    CSVPrinter printer = new CSVPrinter(w, CsvSource.FORMAT);
    printer.printRecord(header);
    ColumnMask[] m = masks.toArray(ColumnMask[]::new);
    return new FileJob.Sink<>() {
      @Override
      public void write(CSVRecord record) throws IOException {
        String[] values = record.values();
        for (ColumnMask c : m) {
          values[c.index()] = c.mask(values[c.index()]);
        }
        printer.printRecord((Object[]) values);
      }

      @Override
      public void finish() throws IOException {
        printer.flush();
      }
    };
  }

  private static FileJob.Sink<ObjectNode> jsonSink(Writer w, List<ColumnMask> masks) {
    return record -> {
      for (ColumnMask c : masks) {
        JsonNode v = record.get(c.label());
        if (v == null || v.isNull()) {
          c.missing();
        } else {
          // a number or a nested value is masked as its text: nothing of it is left unmasked
          record.put(c.label(), c.mask(v.isString() ? v.asString() : v.isValueNode() ? v.asString() : JsonLines.MAPPER.writeValueAsString(v)));
        }
      }
      w.write(JsonLines.write(record));
      w.write('\n');
    };
  }

  private void summary(Texts texts, FileJob.Outcome outcome, List<ColumnMask> masks) {
    env.out().println(texts.get("mask.summary", outcome.records(), outcome.malformed(), files.output()));
    String row = "%-20s %-14s %10s %10s %10s %10s %12s%n";
    env.out().printf(row, texts.get("mask.col.column"), texts.get("mask.col.kind"), texts.get("mask.col.values"),
        texts.get("mask.col.masked"), texts.get("mask.col.kept"), texts.get("mask.col.empty"), texts.get("mask.col.invalid"));
    for (ColumnMask m : masks) {
      env.out().printf(row, m.label(), texts.name(m.kind()), m.values, m.masked, m.kept, m.empty,
          m.validates() ? Long.toString(m.invalid) : "—");
    }
  }
}
