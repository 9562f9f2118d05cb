/**
 * The list-type file format {@code creditgov-list-types/1} (DES-1, DES-2; docs/designation.md):
 * {@link org.creditgov.rules.designation.io.ListTypeJson} reads, lints and writes it, and {@link
 * org.creditgov.rules.designation.io.BundledListTypes} holds the bundled example. Jackson is used
 * here only, at the edge.
 */
@NullMarked
@CheckReturnValue
package org.creditgov.rules.designation.io;

import com.google.errorprone.annotations.CheckReturnValue;
import org.jspecify.annotations.NullMarked;
