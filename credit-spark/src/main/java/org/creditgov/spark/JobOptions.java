package org.creditgov.spark;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.creditgov.privacy.mask.DataKind;
import org.creditgov.privacy.mask.MaskingProfile;
import org.jspecify.annotations.Nullable;

/**
 * The arguments of {@link MaskJob}, parsed by hand (a Spark main class needs a handful of options,
 * and keeping picocli off the application class path avoids one more jar to shade).
 */
final class JobOptions {

  /** A usage error: the message says what is wrong, never quoting a value of the data. */
  static final class UsageException extends Exception {
    private static final long serialVersionUID = 1L;

    UsageException(String message) {
      super(message);
    }
  }

  static final String USAGE = String.join("\n",
      "usage: MaskJob --input PATH [--input-format csv|json|parquet] --output PATH [--output-format parquet|csv]",
      "               --column NAME=KIND [--column NAME=KIND …] [--profile PUBLIC|SHARING|SUBJECT]",
      "               [--quarantine PATH] [--overwrite]",
      "  --column   a column by header name (or 1-based position) and its kind: "
          + java.util.Arrays.toString(DataKind.values()),
      "  --quarantine  where malformed input rows are written (JSON Lines, the raw line in raw_record)",
      "exit status: 0 done, 1 done but the input had malformed rows, 2 usage error, 3 input or output error");

  final String input;
  final String inputFormat;
  final String output;
  final String outputFormat;
  final Map<String, DataKind> columns;
  final MaskingProfile profile;
  final @Nullable String quarantine;
  final boolean overwrite;

  private JobOptions(String input, String inputFormat, String output, String outputFormat,
      Map<String, DataKind> columns, MaskingProfile profile, @Nullable String quarantine, boolean overwrite) {
    this.input = input;
    this.inputFormat = inputFormat;
    this.output = output;
    this.outputFormat = outputFormat;
    this.columns = columns;
    this.profile = profile;
    this.quarantine = quarantine;
    this.overwrite = overwrite;
  }

  static JobOptions parse(List<String> args) throws UsageException {
    String input = null;
    String inputFormat = null;
    String output = null;
    String outputFormat = "parquet";
    Map<String, DataKind> columns = new LinkedHashMap<>();
    MaskingProfile profile = MaskingProfile.PUBLIC;
    String quarantine = null;
    boolean overwrite = false;
    List<String> rest = new ArrayList<>(args);
    while (!rest.isEmpty()) {
      String option = rest.remove(0);
      String value = null;
      int eq = option.indexOf('=');
      if (option.startsWith("--") && eq > 0 && !option.equals("--overwrite")) {
        value = option.substring(eq + 1);
        option = option.substring(0, eq);
      }
      if (option.equals("--overwrite")) {
        overwrite = true;
        continue;
      }
      if (value == null) {
        if (rest.isEmpty()) {
          throw new UsageException(option + " needs a value");
        }
        value = rest.remove(0);
      }
      switch (option) {
        case "--input":
          input = value;
          break;
        case "--input-format":
          inputFormat = format(option, value, "csv", "json", "parquet");
          break;
        case "--output":
          output = value;
          break;
        case "--output-format":
          outputFormat = format(option, value, "parquet", "csv");
          break;
        case "--profile":
          try {
            profile = CreditFunctions.profile(value.toUpperCase(Locale.ROOT));
          } catch (IllegalArgumentException e) {
            throw new UsageException("--profile is PUBLIC, SHARING or SUBJECT");
          }
          break;
        case "--quarantine":
          quarantine = value;
          break;
        case "--column":
          column(value, columns);
          break;
        default:
          throw new UsageException("unknown option " + option);
      }
    }
    if (input == null || output == null) {
      throw new UsageException("--input and --output are required");
    }
    if (columns.isEmpty()) {
      throw new UsageException("at least one --column NAME=KIND is required");
    }
    if (inputFormat == null) {
      inputFormat = formatOf(input);
    }
    return new JobOptions(input, inputFormat, output, outputFormat, columns, profile, quarantine, overwrite);
  }

  private static void column(String mapping, Map<String, DataKind> columns) throws UsageException {
    int eq = mapping.lastIndexOf('=');
    if (eq <= 0 || eq == mapping.length() - 1) {
      throw new UsageException("--column takes NAME=KIND, such as name=PERSONAL_NAME");
    }
    String name = mapping.substring(0, eq);
    DataKind kind;
    try {
      kind = DataKind.valueOf(mapping.substring(eq + 1).trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new UsageException("--column " + name + ": the kind is one of " + java.util.Arrays.toString(DataKind.values()));
    }
    if (columns.put(name, kind) != null) {
      throw new UsageException("--column " + name + " is given twice");
    }
  }

  private static String format(String option, String value, String... allowed) throws UsageException {
    String v = value.toLowerCase(Locale.ROOT);
    for (String a : allowed) {
      if (a.equals(v)) {
        return a;
      }
    }
    throw new UsageException(option + " is one of " + String.join(", ", allowed));
  }

  private static String formatOf(String path) throws UsageException {
    String p = path.toLowerCase(Locale.ROOT);
    if (p.endsWith(".csv")) {
      return "csv";
    }
    if (p.endsWith(".json") || p.endsWith(".jsonl") || p.endsWith(".ndjson")) {
      return "json";
    }
    if (p.endsWith(".parquet")) {
      return "parquet";
    }
    throw new UsageException("--input-format is needed: the input's name does not end in .csv, .json, .jsonl or .parquet");
  }
}
