/**
 * Time in the credit rules: China's zone, effective periods of versioned rules, and the
 * working-day calendar on which every deadline is counted. Time always comes from an injected
 * {@link java.time.Clock}.
 */
@NullMarked
@CheckReturnValue
package org.creditgov.core.time;

import com.google.errorprone.annotations.CheckReturnValue;
import org.jspecify.annotations.NullMarked;
