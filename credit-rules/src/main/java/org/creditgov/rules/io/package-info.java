/**
 * Measure lists and incentive lists as JSON files a credit office can write by hand ({@code
 * docs/measure-list-format.md}; schemas {@code measure-list-1.schema.json} and {@code
 * incentive-list-1.schema.json}): {@link org.creditgov.rules.io.MeasureListJson} reads, writes and
 * lints them on credit-core's schema-validated reading, {@link org.creditgov.rules.io.BundledLists}
 * loads the reference lists bundled with the library, by name too. The only package of
 * credit-rules that uses Jackson and the schema validator.
 */
@NullMarked
@CheckReturnValue
package org.creditgov.rules.io;

import com.google.errorprone.annotations.CheckReturnValue;
import org.jspecify.annotations.NullMarked;
