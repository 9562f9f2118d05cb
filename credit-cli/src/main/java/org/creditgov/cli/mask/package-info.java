/**
 * {@code credit mask} and {@code credit redact} (PRI-3, CAT-6): masking named columns of a file by a masking profile, and redacting personal data from free text.
 */
@NullMarked
@CheckReturnValue
package org.creditgov.cli.mask;

import com.google.errorprone.annotations.CheckReturnValue;
import org.jspecify.annotations.NullMarked;
