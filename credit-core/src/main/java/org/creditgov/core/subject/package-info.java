/** Credit subjects: organisations keyed by unified social credit code, natural persons by document. */
@NullMarked
@CheckReturnValue
package org.creditgov.core.subject;

import com.google.errorprone.annotations.CheckReturnValue;
import org.jspecify.annotations.NullMarked;
