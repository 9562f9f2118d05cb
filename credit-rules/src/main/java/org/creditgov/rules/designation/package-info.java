/**
 * Severe-dishonesty list designation (严重失信主体名单认定), REQUIREMENTS.md DES-1 to DES-7: the
 * procedure of 国办发〔2020〕49号 (七)(八) as an event-sourced state machine.
 *
 * <p>A {@link org.creditgov.rules.designation.ListType} configures one lawful list; a {@link
 * org.creditgov.rules.designation.DesignationService} takes {@link
 * org.creditgov.rules.designation.DesignationCommand commands} (propose, serve the prior notice,
 * file, answer or waive an objection, decide, withdraw, remove), checks every guard, and either
 * appends one immutable {@link org.creditgov.rules.designation.DesignationEvent} to the {@link
 * org.creditgov.rules.designation.DesignationStore} or refuses with a {@link
 * org.creditgov.core.verdict.Verdict} listing every finding. A {@link
 * org.creditgov.rules.designation.Designation} is the fold of its events; its status on any date and
 * its deadlines are computed from the events and the working-day calendar, never by timers.
 *
 * <p>Periods and deadlines (notice, objection window, objection answer, listing period) are
 * configuration of a {@code ListType}: no national rule read for this library fixes them (see
 * reference/policy-facts.md, entries marked UNCONFIRMED), so the library has no defaults for them.
 */
@NullMarked
@CheckReturnValue
package org.creditgov.rules.designation;

import com.google.errorprone.annotations.CheckReturnValue;
import org.jspecify.annotations.NullMarked;
