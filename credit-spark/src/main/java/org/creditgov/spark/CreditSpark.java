package org.creditgov.spark;

import static java.util.Objects.requireNonNull;
import static org.apache.spark.sql.functions.call_function;
import static org.apache.spark.sql.functions.lit;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.catalyst.analysis.FunctionRegistry;
import org.creditgov.privacy.mask.DataKind;
import org.creditgov.privacy.mask.MaskingProfile;

/**
 * credit-privacy's masking, redaction and pseudonyms in Spark (PRI-1, PRI-3, CAT-6): {@link
 * #register(SparkSession)} for a notebook or a session already running, and the DataFrame forms
 * of the SQL functions.
 *
 * <pre>{@code
 * CreditSpark.register(spark);
 * df.select(CreditSpark.mask(DataKind.PERSONAL_NAME, col("name")),
 *           CreditSpark.mask(DataKind.RESIDENT_ID, col("id"), MaskingProfile.SHARING),
 *           CreditSpark.pseudonym(DataKind.RESIDENT_ID, col("id"), "k2026"));
 * }</pre>
 *
 * <p>The columns call the functions by name, so the session must have them: through {@link
 * CreditSparkExtensions} or {@link #register}. Keys are configured per key id as base64 in {@link
 * #keyConfig(String)} in the application's configuration when it starts ({@code spark-submit
 * --conf}, {@code spark-defaults.conf}, or a {@code SparkConf} the context is created from): that
 * entry's name contains {@code secret}, which Spark's default {@code spark.redaction.regex}
 * redacts in its UI, event logs, environment listings and {@code SET}. Do not pass a key as a
 * {@code SparkSession.builder().config(…)} option: Spark 4.0's {@code SharedState} logs those
 * options at DEBUG without redaction. Executors read the key from their copy of the configuration;
 * it is never part of a plan.
 */
public final class CreditSpark {

  /** The prefix of the Spark configuration entries that hold keys, followed by the key id. */
  public static final String KEY_CONFIG_PREFIX = "spark.creditgov.pseudonym.secret.";

  private CreditSpark() {}

  /**
   * Registers the functions in {@code spark}'s session (replacing earlier registrations of the same
   * names), as {@link CreditSparkExtensions} does for every session.
   *
   * @throws NullPointerException if {@code spark} is null
   * @throws IllegalArgumentException if {@code spark} is not a classic (non-Connect) session
   */
  public static void register(SparkSession spark) {
    requireNonNull(spark, "spark");
    if (!(spark instanceof org.apache.spark.sql.classic.SparkSession)) {
      throw new IllegalArgumentException(
          "register needs a classic session; on Spark Connect, set spark.sql.extensions on the server");
    }
    FunctionRegistry registry = ((org.apache.spark.sql.classic.SparkSession) spark).sessionState().functionRegistry();
    for (SqlFunctions.Registration r : SqlFunctions.all()) {
      registry.registerFunction(r.asTuple()._1(), r.info(), r.asTuple()._3());
    }
  }

  /**
   * The Spark configuration entry that holds the key of {@code keyId}, base64-encoded: {@value
   * #KEY_CONFIG_PREFIX}{@code <keyId>}.
   *
   * @throws NullPointerException if {@code keyId} is null
   */
  public static String keyConfig(String keyId) {
    return KEY_CONFIG_PREFIX + requireNonNull(keyId, "keyId");
  }

  /**
   * {@code credit_mask(kind, value)}: the value masked by {@link MaskingProfile#PUBLIC}.
   *
   * @throws NullPointerException if an argument is null
   */
  public static Column mask(DataKind kind, Column value) {
    return mask(kind, value, MaskingProfile.PUBLIC);
  }

  /**
   * {@code credit_mask(kind, value, profile)}: the value masked by a built-in profile.
   *
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if {@code profile} is not {@code PUBLIC}, {@code SHARING} or
   *     {@code SUBJECT} (only the built-in profiles travel to executors, by name)
   */
  public static Column mask(DataKind kind, Column value, MaskingProfile profile) {
    requireNonNull(kind, "kind");
    requireNonNull(value, "value");
    requireNonNull(profile, "profile");
    if (!CreditFunctions.profile(profile.name()).equals(profile)) {
      throw new IllegalArgumentException("only the built-in profiles PUBLIC, SHARING and SUBJECT run in Spark");
    }
    return call_function(SqlFunctions.MASK, lit(kind.name()), value, lit(profile.name()));
  }

  /**
   * {@code credit_redact(text)}.
   *
   * @throws NullPointerException if {@code text} is null
   */
  public static Column redact(Column text) {
    return call_function(SqlFunctions.REDACT, requireNonNull(text, "text"));
  }

  /**
   * {@code credit_pseudonym(kind, value, key_id)}.
   *
   * @throws NullPointerException if an argument is null
   */
  public static Column pseudonym(DataKind kind, Column value, String keyId) {
    requireNonNull(kind, "kind");
    return call_function(SqlFunctions.PSEUDONYM, lit(kind.name()), requireNonNull(value, "value"),
        lit(requireNonNull(keyId, "keyId")));
  }

  /**
   * {@code credit_pseudonym(value, key_id)}: a subject identifier's pseudonym (USCC if valid, else
   * RESIDENT_ID), as the query log makes it.
   *
   * @throws NullPointerException if an argument is null
   */
  public static Column subjectPseudonym(Column value, String keyId) {
    return call_function(SqlFunctions.PSEUDONYM, requireNonNull(value, "value"), lit(requireNonNull(keyId, "keyId")));
  }

  /**
   * {@code credit_valid(kind, value)}: whether a resident ID number or credit code is valid.
   *
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if {@code kind} is not {@code RESIDENT_ID} or {@code USCC}
   */
  public static Column valid(DataKind kind, Column value) {
    Object unused = CreditFunctions.validator(requireNonNull(kind, "kind"));
    return call_function(SqlFunctions.VALID, lit(kind.name()), requireNonNull(value, "value"));
  }
}
