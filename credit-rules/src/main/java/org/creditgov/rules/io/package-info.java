/**
 * Measure lists and incentive lists as JSON files a credit office can write by hand ({@code
 * docs/measure-list-format.md}): {@link org.creditgov.rules.io.MeasureListJson} reads and lints
 * them, {@link org.creditgov.rules.io.BundledLists} loads the reference lists bundled with the
 * library. The only package of credit-rules that uses Jackson.
 */
@NullMarked
package org.creditgov.rules.io;

import org.jspecify.annotations.NullMarked;
