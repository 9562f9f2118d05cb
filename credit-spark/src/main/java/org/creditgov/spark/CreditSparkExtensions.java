package org.creditgov.spark;

import org.apache.spark.sql.SparkSessionExtensions;
import scala.runtime.AbstractFunction1;
import scala.runtime.BoxedUnit;

/**
 * Registers {@code credit_mask}, {@code credit_redact}, {@code credit_pseudonym} and {@code
 * credit_valid} in every session of an application (PRI-1, PRI-3, CAT-6):
 *
 * <pre>
 * spark-submit --conf spark.sql.extensions=org.creditgov.spark.CreditSparkExtensions …
 * </pre>
 *
 * <p>Spark instantiates it by its no-argument constructor and applies it to the session's
 * extensions; the functions are then built-in for every query, SQL or DataFrame ({@link
 * CreditSpark}'s columns).
 */
public final class CreditSparkExtensions extends AbstractFunction1<SparkSessionExtensions, BoxedUnit> {

  /** The extension, as {@code spark.sql.extensions} instantiates it. */
  public CreditSparkExtensions() {}

  /**
   * Injects the functions into {@code extensions}.
   *
   * @throws NullPointerException if {@code extensions} is null
   */
  @Override
  public BoxedUnit apply(SparkSessionExtensions extensions) {
    for (SqlFunctions.Registration r : SqlFunctions.all()) {
      extensions.injectFunction(r.asTuple());
    }
    return BoxedUnit.UNIT;
  }
}
