/**
 * Credit repair (信用修复, REP-1 … REP-6): the repair regimes as effective-dated data on the rule-set
 * spine ({@link org.creditgov.rules.repair.RepairRegime}, {@link
 * org.creditgov.rules.repair.RepairRegimes}), which decide by dates which rules govern a case, and
 * the eligibility of an application under them with its deadlines in working days ({@link
 * org.creditgov.rules.repair.RepairRegimes#eligibility}). A repair regime does not copy the
 * publication periods: it names the publication-regime series of credit-core's catalog whose
 * version in force decides the classes' minimum and maximum periods, so one figure lives in one
 * place. Findings: {@link org.creditgov.rules.repair.RepairFinding}, codes {@code repair.NAME}. No
 * fee is ever charged: the library has no fee to compute.
 */
@NullMarked
@CheckReturnValue
package org.creditgov.rules.repair;

import com.google.errorprone.annotations.CheckReturnValue;
import org.jspecify.annotations.NullMarked;
