/**
 * Problems in reference data: one {@link org.creditgov.core.data.DataProblem} type with its
 * location, code, requirement id and messages in zh-CN and en, and one exception root, {@link
 * org.creditgov.core.data.ReferenceDataException}, for every loader and registry of the library.
 */
@NullMarked
@CheckReturnValue
package org.creditgov.core.data;

import com.google.errorprone.annotations.CheckReturnValue;
import org.jspecify.annotations.NullMarked;
