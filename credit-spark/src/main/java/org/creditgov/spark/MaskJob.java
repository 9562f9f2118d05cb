package org.creditgov.spark;

import static java.util.Objects.requireNonNull;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count_if;
import static org.apache.spark.sql.functions.length;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.not;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalLong;
import org.apache.spark.SparkConf;
import org.apache.spark.sql.AnalysisException;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.DataFrameReader;
import org.apache.spark.sql.DataFrameWriter;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Observation;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.creditgov.privacy.mask.DataKind;

/**
 * The bulk-masking job (PRI-3, CAT-6): reads a table (CSV with a header, JSON Lines or Parquet),
 * masks the named columns by a built-in profile, writes Parquet or CSV, and reports per masked
 * column how many values were masked, empty, or invalid identifiers. Malformed input rows (a CSV
 * line with the wrong number of fields, a line that is not JSON) are never silently dropped: they
 * are counted, left out of the output, and with {@code --quarantine PATH} written there as JSON
 * Lines with the raw line in {@code raw_record} beside the fields Spark could parse.
 *
 * <pre>
 * spark-submit --class org.creditgov.spark.MaskJob credit-spark-VERSION-job.jar \
 *   --input in.csv --output out.parquet --profile PUBLIC \
 *   --column name=PERSONAL_NAME --column id=RESIDENT_ID --column mobile=MOBILE --quarantine bad/
 * </pre>
 *
 * <p>The mapping is the one of {@code credit mask}: {@code --column NAME=KIND}, the column by its
 * header name or 1-based position. Invalid counts apply to the kinds credit-core validates
 * (RESIDENT_ID, USCC); for other kinds they are not checked. The counts are gathered in the same
 * pass that writes the output (Spark's {@code observe}); the output is committed by Spark's file
 * committer, so a failed job leaves no committed output. Exit status: 0 done, 1 done but the input
 * had malformed rows, 2 usage error, 3 input or output error.
 */
public final class MaskJob {

  /** The column Spark puts a malformed row's raw text into. */
  static final String CORRUPT = "_corrupt_record";

  /** The field of a quarantined row that holds its raw text. */
  static final String RAW = "raw_record";

  private static final String MASKED = "__credit_masked_";

  private MaskJob() {}

  /** What one masked column held (PRI-3). */
  public record ColumnCounts(String column, DataKind kind, long masked, long empty, OptionalLong invalid) {
    /** Checks for nulls. */
    public ColumnCounts {
      requireNonNull(column, "column");
      requireNonNull(kind, "kind");
      requireNonNull(invalid, "invalid");
    }
  }

  /**
   * What a run did: rows read, malformed rows (and whether they were quarantined), rows written and
   * the counts of each masked column, in the order of the mapping.
   */
  public record Summary(long rowsRead, long malformedRows, boolean quarantined, long rowsWritten, List<ColumnCounts> columns) {
    /** Copies the column counts. */
    public Summary {
      columns = List.copyOf(columns);
    }

    /** The exit status: 0, or 1 when the input had malformed rows. */
    public int status() {
      return malformedRows == 0 ? 0 : 1;
    }

    /** The report printed at the end of a run, in Chinese and English. */
    public String report() {
      StringBuilder sb = new StringBuilder();
      sb.append(String.format(Locale.ROOT, "读取行数 rows read: %d%n", rowsRead));
      sb.append(String.format(Locale.ROOT, "格式错误行数 malformed rows: %d%s%n", malformedRows,
          malformedRows == 0 ? "" : quarantined ? " (已隔离 quarantined)" : " (未输出 not written; --quarantine PATH keeps them)"));
      sb.append(String.format(Locale.ROOT, "写出行数 rows written: %d%n", rowsWritten));
      sb.append(String.format(Locale.ROOT, "%-20s %-14s %12s %12s %12s%n", "列 column", "类型 kind", "已脱敏 masked", "空 empty",
          "无效 invalid"));
      for (ColumnCounts c : columns) {
        sb.append(String.format(Locale.ROOT, "%-20s %-14s %12d %12d %12s%n", c.column(), c.kind(), c.masked(), c.empty(),
            c.invalid().isPresent() ? Long.toString(c.invalid().getAsLong()) : "-"));
      }
      return sb.toString();
    }
  }

  /**
   * Runs the job as {@code spark-submit} does: a session from the application's configuration
   * ({@code local[*]} when no master is set), the report on standard output, usage and I/O errors
   * on standard error, and the exit status.
   */
  public static void main(String[] args) {
    SparkConf conf = new SparkConf();
    SparkSession.Builder builder = SparkSession.builder().appName("credit-mask").config(conf);
    if (!conf.contains("spark.master")) {
      builder.master("local[*]");
    }
    int status;
    SparkSession spark = builder.getOrCreate();
    try {
      status = run(spark, Arrays.asList(args), System.out, System.err);
    } finally {
      spark.stop();
    }
    System.exit(status);
  }

  /**
   * Runs the job in {@code spark} (registering the functions), printing the report to {@code out}
   * and errors to {@code err}; returns the exit status.
   *
   * @throws NullPointerException if an argument is null
   */
  public static int run(SparkSession spark, List<String> args, PrintStream out, PrintStream err) {
    JobOptions options;
    try {
      options = JobOptions.parse(args);
    } catch (JobOptions.UsageException e) {
      err.println(e.getMessage());
      err.println(JobOptions.USAGE);
      return 2;
    }
    try {
      Summary summary = run(spark, options);
      out.print(summary.report());
      return summary.status();
    } catch (JobOptions.UsageException e) {
      err.println(e.getMessage());
      return 2;
    } catch (AnalysisException e) {
      // Spark's message names the path or column, never a value of the data
      err.println("input or output error: " + e.getMessage());
      return 3;
    }
  }

  static Summary run(SparkSession spark, JobOptions options) throws JobOptions.UsageException, AnalysisException {
    CreditSpark.register(spark);
    Dataset<Row> raw = read(spark, options);
    boolean malformedColumn = Arrays.asList(raw.columns()).contains(CORRUPT);
    List<String> data = new ArrayList<>();
    for (String c : raw.columns()) {
      if (!c.equals(CORRUPT)) {
        data.add(c);
      }
    }
    List<String> maskedNames = new ArrayList<>();
    List<DataKind> kinds = new ArrayList<>();
    for (Map.Entry<String, DataKind> e : options.columns.entrySet()) {
      maskedNames.add(resolve(e.getKey(), data));
      kinds.add(e.getValue());
    }
    Column good = malformedColumn ? col(CORRUPT).isNull() : lit(true);

    List<Column> withMasked = new ArrayList<>();
    withMasked.add(col("*"));
    for (int i = 0; i < maskedNames.size(); i++) {
      withMasked.add(CreditSpark.mask(kinds.get(i), col(quote(maskedNames.get(i))), options.profile).as(MASKED + i));
    }
    List<Column> metrics = new ArrayList<>();
    metrics.add(count_if(lit(true)).as("rows"));
    metrics.add(count_if(not(good)).as("malformed"));
    for (int i = 0; i < maskedNames.size(); i++) {
      Column m = col(MASKED + i);
      Column present = good.and(length(m).gt(0));
      metrics.add(count_if(present).as("masked" + i));
      metrics.add(count_if(good.and(m.isNull().or(length(m).equalTo(0)))).as("empty" + i));
      if (kinds.get(i) == DataKind.RESIDENT_ID || kinds.get(i) == DataKind.USCC) {
        metrics.add(count_if(present.and(not(CreditSpark.valid(kinds.get(i), col(quote(maskedNames.get(i))))))).as("invalid" + i));
      }
    }
    Observation observation = new Observation("credit_mask_job");
    Dataset<Row> observed = raw.select(withMasked.toArray(new Column[0]))
        .observe(observation, metrics.get(0), metrics.subList(1, metrics.size()).toArray(new Column[0]));
    List<Column> outputColumns = new ArrayList<>();
    for (String c : data) {
      int i = maskedNames.indexOf(c);
      outputColumns.add(i < 0 ? col(quote(c)) : col(MASKED + i).as(c));
    }
    Dataset<Row> output = observed.filter(good).select(outputColumns.toArray(new Column[0]));
    write(output.write(), options.outputFormat, options.overwrite).save(options.output);
    Map<String, Object> counts;
    try {
      counts = observation.getAsJava();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for the job's counts", e);
    }

    long malformed = number(counts, "malformed");
    boolean quarantined = false;
    String quarantine = options.quarantine;
    if (quarantine != null && malformed > 0) {
      // the raw text under a name of its own: Spark's JSON reader would take _corrupt_record for its
      // own column and read it back as null; the parsed fields stay beside it (a bare single-column
      // select of the malformed-row column is refused by Spark's CSV and JSON sources)
      List<Column> kept = new ArrayList<>();
      kept.add(col(CORRUPT).as(RAW));
      for (String c : data) {
        kept.add(col(quote(c)));
      }
      write(raw.filter(not(good)).select(kept.toArray(new Column[0])).write(), "json", options.overwrite).save(quarantine);
      quarantined = true;
    }
    List<ColumnCounts> columns = new ArrayList<>();
    for (int i = 0; i < maskedNames.size(); i++) {
      Object invalid = counts.get("invalid" + i);
      columns.add(new ColumnCounts(maskedNames.get(i), kinds.get(i), number(counts, "masked" + i), number(counts, "empty" + i),
          invalid == null ? OptionalLong.empty() : OptionalLong.of(((Number) invalid).longValue())));
    }
    long rows = number(counts, "rows");
    return new Summary(rows, malformed, quarantined, rows - malformed, columns);
  }

  private static long number(Map<String, Object> counts, String name) {
    return ((Number) requireNonNull(counts.get(name), name)).longValue();
  }

  private static Dataset<Row> read(SparkSession spark, JobOptions options) {
    DataFrameReader reader = spark.read().option("mode", "PERMISSIVE").option("columnNameOfCorruptRecord", CORRUPT);
    switch (options.inputFormat) {
      case "csv": {
        // every column as text, plus the malformed-row column: a schema read from the header alone
        StructType header = spark.read().option("header", true).option("inferSchema", false).csv(options.input).schema();
        StructType schema = new StructType();
        for (StructField f : header.fields()) {
          schema = schema.add(f.name(), DataTypes.StringType, true);
        }
        schema = schema.add(CORRUPT, DataTypes.StringType, true);
        return reader.option("header", true).schema(schema).csv(options.input);
      }
      case "json":
        return reader.json(options.input);
      default:
        return spark.read().parquet(options.input);
    }
  }

  private static DataFrameWriter<Row> write(DataFrameWriter<Row> writer, String format, boolean overwrite) {
    DataFrameWriter<Row> w = writer.format(format).mode(overwrite ? SaveMode.Overwrite : SaveMode.ErrorIfExists);
    return format.equals("csv") ? w.option("header", true) : w;
  }

  private static String resolve(String name, List<String> columns) throws JobOptions.UsageException {
    if (columns.contains(name)) {
      return name;
    }
    if (name.chars().allMatch(c -> c >= '0' && c <= '9') && name.length() < 6) {
      int index = Integer.parseInt(name);
      if (index >= 1 && index <= columns.size()) {
        return columns.get(index - 1);
      }
    }
    throw new JobOptions.UsageException("--column " + name + ": the input has no such column; it has " + columns);
  }

  /** A column name quoted for {@code col}, so that dots and spaces in header names are literal. */
  private static String quote(String name) {
    return '`' + name.replace("`", "``") + '`';
  }
}
