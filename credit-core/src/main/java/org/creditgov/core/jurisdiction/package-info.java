/** Jurisdictions from GB/T 2260 division codes, with the parent chain layered rules resolve along. */
@NullMarked
package org.creditgov.core.jurisdiction;

import org.jspecify.annotations.NullMarked;
