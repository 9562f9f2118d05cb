/**
 * credit-privacy on Apache Spark (PRI-1, PRI-3, CAT-6): the SQL functions {@code credit_mask},
 * {@code credit_redact}, {@code credit_pseudonym} and {@code credit_valid} as Catalyst expressions
 * (registered by {@link org.creditgov.spark.CreditSparkExtensions} through {@code
 * spark.sql.extensions}, or by {@link org.creditgov.spark.CreditSpark#register}), their DataFrame
 * forms in {@link org.creditgov.spark.CreditSpark}, and the bulk-masking job {@link
 * org.creditgov.spark.MaskJob}. The outputs equal credit-privacy's {@code MaskingProfile}, {@code
 * Redactor} and {@code Pseudonymizer} on the same inputs; profiles travel to executors by name and
 * keys through a redacted Spark configuration entry, never as closures over driver objects.
 */
@NullMarked
@CheckReturnValue
package org.creditgov.spark;

import com.google.errorprone.annotations.CheckReturnValue;
import org.jspecify.annotations.NullMarked;
