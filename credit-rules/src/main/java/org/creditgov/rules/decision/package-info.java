/**
 * The decision log (SEC-2, SEC-3, DES-7): every designation step (each accepted command's event,
 * and each refusal), every sanction check and every credit check written to a {@link
 * org.creditgov.rules.decision.DecisionLog}, no-op by default, and kept tamper-evident by {@link
 * org.creditgov.rules.decision.AuditDecisionLog} on credit-audit's {@code AuditLog}, the subject only
 * as a keyed pseudonym.
 *
 * <p>The procedures stay untouched: small decorators ({@link
 * org.creditgov.rules.decision.LoggingDesignationService}, {@link
 * org.creditgov.rules.decision.LoggingSanctionChecker}, {@link
 * org.creditgov.rules.decision.LoggingCreditCheck}) take the same commands and requests, answer
 * the same results, and write what was decided.
 */
@NullMarked
@CheckReturnValue
package org.creditgov.rules.decision;

import com.google.errorprone.annotations.CheckReturnValue;
import org.jspecify.annotations.NullMarked;
