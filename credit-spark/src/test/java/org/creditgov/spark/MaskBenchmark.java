package org.creditgov.spark;

import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.expr;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.apache.spark.SparkConf;
import org.apache.spark.SparkContext;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;
import org.creditgov.testkit.PersonalDataGenerators;

/**
 * A hand-run measurement (never part of {@code mvn verify}; tests never assert timings): on one
 * generated column of N rows cached in memory, {@code credit_mask} for names, resident IDs and
 * mobiles beside Spark's built-in {@code mask()} on the same column in the same run, and beside a
 * bare scan ({@code length(c)}); each query sums the lengths of the outputs, so every value is
 * computed and nothing is written. Runs under {@code local[1]} and then {@code local[2]}.
 *
 * <pre>
 * java -Xmx6g [Spark's --add-opens flags] -cp CLASSPATH org.creditgov.spark.MaskBenchmark ROWS [RUNS] [CORES,…]
 * </pre>
 */
final class MaskBenchmark {

  private static final int DISTINCT = 100_000;
  private static final String[][] COLUMNS = {
      {"name", "PERSONAL_NAME"}, {"id", "RESIDENT_ID"}, {"mobile", "MOBILE"}};

  private MaskBenchmark() {}

  public static void main(String[] args) {
    long rows = args.length > 0 ? Long.parseLong(args[0]) : 10_000_000L;
    int runs = args.length > 1 ? Integer.parseInt(args[1]) : 3;
    List<Integer> cores = new ArrayList<>();
    for (String c : (args.length > 2 ? args[2] : "1,2").split(",")) {
      cores.add(Integer.parseInt(c));
    }
    System.out.printf(Locale.ROOT, "rows=%d runs=%d (median of runs, after one warm-up) distinct values=%d%n", rows, runs, DISTINCT);
    System.out.printf(Locale.ROOT, "%-6s %-8s %-28s %10s %14s %12s%n", "cores", "column", "expression", "median ms",
        "rows/s/core", "x mask()");
    for (int n : cores) {
      SparkConf conf = new SparkConf().setMaster("local[" + n + "]").setAppName("credit-mask-benchmark")
          .set("spark.ui.enabled", "false").set("spark.sql.shuffle.partitions", String.valueOf(n))
          .set("spark.sql.extensions", CreditSparkExtensions.class.getName());
      SparkContext.getOrCreate(conf);
      SparkSession spark = SparkSession.builder().getOrCreate();
      try {
        Dataset<Row> table = table(spark, rows, n);
        for (String[] c : COLUMNS) {
          String scan = "length(" + c[0] + ")";
          String builtin = "length(mask(" + c[0] + "))";
          String credit = "length(credit_mask('" + c[1] + "', " + c[0] + "))";
          long tScan = median(table, scan, runs);
          long tMask = median(table, builtin, runs);
          long tCredit = median(table, credit, runs);
          print(n, c[0], "scan: length(c)", tScan, rows, tMask);
          print(n, c[0], "mask(c)", tMask, rows, tMask);
          print(n, c[0], "credit_mask('" + c[1] + "', c)", tCredit, rows, tMask);
        }
        table.unpersist(true);
      } finally {
        spark.stop();
      }
    }
  }

  private static void print(int cores, String column, String what, long ms, long rows, long maskMs) {
    System.out.printf(Locale.ROOT, "%-6d %-8s %-28s %10d %14.0f %12.2f%n", cores, column, what, ms,
        rows / (ms / 1000.0) / cores, (double) ms / maskMs);
  }

  /** N rows of name, id and mobile: 100,000 generated values of each, repeated, cached in memory. */
  private static Dataset<Row> table(SparkSession spark, long rows, int cores) {
    SplittableRandom random = new SplittableRandom(20_261_202L);
    List<Row> values = new ArrayList<>(DISTINCT);
    for (int i = 0; i < DISTINCT; i++) {
      values.add(RowFactory.create((long) i, PersonalDataGenerators.chineseName(random),
          PersonalDataGenerators.residentId(random), PersonalDataGenerators.mobile(random)));
    }
    Dataset<Row> distinct = spark.createDataFrame(values, new StructType().add("k", DataTypes.LongType)
        .add("name", DataTypes.StringType).add("id", DataTypes.StringType).add("mobile", DataTypes.StringType));
    Dataset<Row> table = spark.range(0, rows, 1, cores * 4).withColumn("k", expr("id % " + DISTINCT)).drop("id")
        .join(broadcast(distinct), "k").select(col("name"), col("id"), col("mobile"))
        .persist(StorageLevel.MEMORY_ONLY());
    long t0 = System.nanoTime();
    long count = table.count();
    System.out.printf(Locale.ROOT, "local[%d]: %d rows cached in %d ms%n", cores, count, (System.nanoTime() - t0) / 1_000_000);
    return table;
  }

  private static long median(Dataset<Row> table, String expression, int runs) {
    String query = "sum(" + expression + ")";
    Object unused = table.selectExpr(query).collectAsList(); // warm-up
    long[] ms = new long[runs];
    for (int i = 0; i < runs; i++) {
      long t0 = System.nanoTime();
      Object result = table.selectExpr(query).collectAsList();
      ms[i] = (System.nanoTime() - t0) / 1_000_000;
      if (result == null) {
        throw new AssertionError();
      }
    }
    Arrays.sort(ms);
    return ms[runs / 2];
  }
}
