/**
 * credit-rules: the rules of the public credit system built on credit-core. This package holds
 * {@link org.creditgov.rules.CreditCheck}, the credit check a departmental workflow calls (OPS-1),
 * which combines the sanction-measure lists ({@code sanction}), the incentive lists ({@code
 * incentive}) and designations ({@code designation}).
 */
@NullMarked
@CheckReturnValue
package org.creditgov.rules;

import com.google.errorprone.annotations.CheckReturnValue;
import org.jspecify.annotations.NullMarked;
