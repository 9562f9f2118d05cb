/**
 * Incentives for trustworthy subjects (守信激励), REQUIREMENTS.md INC-1 (seed §二.9): {@link
 * org.creditgov.rules.incentive.IncentiveList} versions of incentives, each citing its basis and
 * naming its eligibility conditions, layered and effective-dated on the rule-set mechanism of
 * {@code org.creditgov.core.ruleset}; an {@link org.creditgov.rules.incentive.IncentiveRegistry}
 * that resolves the lists in force in a jurisdiction on a date and answers eligibility with every
 * reason a subject is not eligible ({@link org.creditgov.rules.incentive.IncentiveFinding}, facts
 * named by {@link org.creditgov.rules.incentive.IncentiveFacts}), citing the procedural bases the
 * lists' headers give.
 */
@NullMarked
@CheckReturnValue
package org.creditgov.rules.incentive;

import com.google.errorprone.annotations.CheckReturnValue;
import org.jspecify.annotations.NullMarked;
