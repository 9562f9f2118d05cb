/**
 * The commands over the library's reference data and checks: {@code credit lint}, {@code credit check} and {@code credit calendar}.
 */
@NullMarked
@CheckReturnValue
package org.creditgov.cli.data;

import com.google.errorprone.annotations.CheckReturnValue;
import org.jspecify.annotations.NullMarked;
