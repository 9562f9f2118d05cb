/** Legal bases: typed citations of instruments and their levels (LB-1, LB-2, P-1). */
@NullMarked
package org.creditgov.core.legal;

import org.jspecify.annotations.NullMarked;
