/**
 * Oversight figures (OPS-2): per department and reporting period, the listings, objections and
 * their answers, withdrawals, credit-repair applications, acceptances, approvals and refusals,
 * removals by reason, and the compliance with each working-day deadline (on time, overdue with
 * the working days late, not computable), computed from the designation events and the repair
 * steps by an {@link org.creditgov.rules.oversight.OversightCollector} into an {@link
 * org.creditgov.rules.oversight.OversightReport}, exported as CSV and as the canonical form
 * {@code creditgov-oversight-report/1}.
 */
@NullMarked
@CheckReturnValue
package org.creditgov.rules.oversight;

import com.google.errorprone.annotations.CheckReturnValue;
import org.jspecify.annotations.NullMarked;
