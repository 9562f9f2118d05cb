/**
 * Incentives for trustworthy subjects (守信激励), REQUIREMENTS.md INC-1 (seed §二.9): an {@link
 * org.creditgov.rules.incentive.IncentiveList} of incentives, each citing its basis and naming its
 * eligibility conditions, and an eligibility check that answers with every reason a subject is not
 * eligible.
 */
@NullMarked
package org.creditgov.rules.incentive;

import org.jspecify.annotations.NullMarked;
