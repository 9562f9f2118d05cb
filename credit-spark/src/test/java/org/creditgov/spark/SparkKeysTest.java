package org.creditgov.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.apache.spark.SparkConf;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.util.Utils;
import org.creditgov.testkit.LogCapture;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import scala.Tuple2;
import scala.jdk.javaapi.CollectionConverters;

/**
 * Keys never show (PRI-1, SEC-2): not in any form of {@code EXPLAIN}, not in the query's plans,
 * not in the environment Spark lists or the {@code SET} command, not in a log line (every line of
 * the test JVM since it started is captured by credit-testkit's provider, Spark's included, at every level).
 */
class SparkKeysTest {

  private static SparkSession spark;
  private static List<String> forms;

  @BeforeAll
  static void start() {
    spark = SharedSpark.session();
    String base64url = java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(SharedSpark.KEY);
    forms = List.of(SharedSpark.KEY_BASE64, SharedSpark.KEY_BASE64.substring(0, 16), base64url.substring(0, 16),
        HexFormat.of().formatHex(SharedSpark.KEY).substring(0, 16));
  }

  private static void assertNoKey(String what, String text) {
    for (String form : forms) {
      assertThat(text).as(what).doesNotContain(form);
    }
  }

  @Test
  void pri1TheKeyIsInNoPlanAndNoExplainOutput() {
    int mark = LogCapture.mark();
    Dataset<Row> df = spark.range(20).selectExpr("CAST(id + 110105194912310000 AS STRING) id")
        .selectExpr("credit_pseudonym('RESIDENT_ID', id, 'k2026') AS token", "credit_pseudonym(id, 'k2026') AS subject");
    for (String mode : List.of("", "extended", "codegen", "cost", "formatted")) {
      Row plan = spark.sql("EXPLAIN " + mode.toUpperCase(java.util.Locale.ROOT) + " SELECT credit_pseudonym('MOBILE', '13800138000', 'k2026')")
          .first();
      assertNoKey("EXPLAIN " + mode, plan.getString(0));
    }
    assertThat(df.queryExecution().toString()).contains("k2026");
    assertNoKey("the query's plans", df.queryExecution().toString());
    assertNoKey("the generated code", df.queryExecution().explainString(
        org.apache.spark.sql.execution.CodegenMode$.MODULE$));
    List<Row> tokens = df.collectAsList();
    assertThat(tokens).hasSize(20).allMatch(r -> r.getString(0).startsWith("k2026:"));
    assertThat(LogCapture.since(mark)).as("Spark logged while the query ran").isNotEmpty();
    for (LogCapture.Line line : LogCapture.lines()) { // since the JVM started, the session's start included
      assertNoKey("a log line", line.toString());
    }
    assertThat(LogCapture.active()).as("the capturing provider saw Spark's logging").isTrue();
  }

  @Test
  void sec2TheKeyEntryIsRedactedInSparkListingsAndTheSetCommand() {
    SparkConf conf = spark.sparkContext().getConf();
    List<String> listed = new ArrayList<>();
    for (Tuple2<String, String> e : CollectionConverters.asJava(Utils.redact(conf, CollectionConverters.asScala(
        java.util.Arrays.asList(conf.getAll())).toSeq()))) {
      listed.add(e._1() + "=" + e._2());
    }
    assertThat(listed).anyMatch(e -> e.startsWith(CreditSpark.keyConfig(SharedSpark.KEY_ID) + "="));
    assertNoKey("the environment Spark shows", String.join("\n", listed));
    StringBuilder set = new StringBuilder();
    for (Row r : spark.sql("SET").collectAsList()) {
      set.append(r.mkString("=")).append('\n');
    }
    for (Row r : spark.sql("SET " + CreditSpark.keyConfig(SharedSpark.KEY_ID)).collectAsList()) {
      set.append(r.mkString("=")).append('\n');
    }
    assertNoKey("SET", set.toString());
  }
}
