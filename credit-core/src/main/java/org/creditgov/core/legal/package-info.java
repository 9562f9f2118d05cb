/** Legal bases: typed citations of instruments and their levels (LB-1, LB-2, P-1). */
@NullMarked
@CheckReturnValue
package org.creditgov.core.legal;

import com.google.errorprone.annotations.CheckReturnValue;
import org.jspecify.annotations.NullMarked;
