/** Jurisdictions from GB/T 2260 division codes, with the parent chain layered rules resolve along. */
@NullMarked
@CheckReturnValue
package org.creditgov.core.jurisdiction;

import com.google.errorprone.annotations.CheckReturnValue;
import org.jspecify.annotations.NullMarked;
