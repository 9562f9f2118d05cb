package org.creditgov.spark;

import java.util.Base64;
import java.util.SplittableRandom;
import org.apache.spark.SparkConf;
import org.apache.spark.SparkContext;
import org.apache.spark.sql.SparkSession;

/**
 * One {@code local[2]} session for every test class of the module (Spark takes seconds to start):
 * the functions registered by {@link CreditSparkExtensions} through {@code spark.sql.extensions},
 * as an application configures them, and one test key under key id {@value #KEY_ID}.
 */
final class SharedSpark {

  static final String KEY_ID = "k2026";
  /** 32 seeded random bytes: the test key, which no plan and no log line may show. */
  static final byte[] KEY = key();
  static final String KEY_BASE64 = Base64.getEncoder().encodeToString(KEY);

  private static SparkSession session;

  private SharedSpark() {}

  static synchronized SparkSession session() {
    if (session == null) {
      // the application's configuration, as spark-submit --conf gives it: a key passed as a session
      // builder option would be logged by Spark's SharedState at DEBUG, unredacted
      SparkConf conf = new SparkConf()
          .setMaster("local[2]")
          .setAppName("credit-spark-tests")
          .set("spark.ui.enabled", "false")
          .set("spark.sql.shuffle.partitions", "2")
          .set("spark.sql.extensions", CreditSparkExtensions.class.getName())
          .set(CreditSpark.keyConfig(KEY_ID), KEY_BASE64);
      SparkContext.getOrCreate(conf);
      session = SparkSession.builder().getOrCreate();
    }
    return session;
  }

  private static byte[] key() {
    byte[] key = new byte[32];
    SplittableRandom random = new SplittableRandom(0x6B65_7932_3032_36L);
    for (int i = 0; i < key.length; i++) {
      key[i] = (byte) random.nextInt(256);
    }
    return key;
  }
}
