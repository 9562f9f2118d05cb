/**
 * {@code credit report oversight} (OPS-2): the oversight figures of a period from exported events, as CSV, JSON and one static HTML page with SVG charts.
 */
@NullMarked
@CheckReturnValue
package org.creditgov.cli.report;

import com.google.errorprone.annotations.CheckReturnValue;
import org.jspecify.annotations.NullMarked;
