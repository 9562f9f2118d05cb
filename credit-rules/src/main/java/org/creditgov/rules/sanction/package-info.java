/**
 * Sanction-measure whitelist checks (失信惩戒措施清单管理), REQUIREMENTS.md SAN-1 to SAN-6 (seed
 * §二.7, §二.8; 国办发〔2020〕49号).
 *
 * <p>A {@link org.creditgov.rules.sanction.MeasureList} is one version of one layer of the list (the
 * national basic list or a local supplement resting on a local regulation), a layered rule set with
 * a header on the mechanism of {@code org.creditgov.core.ruleset}; a {@link
 * org.creditgov.rules.sanction.MeasureListRegistry} resolves the list in force in a jurisdiction on
 * a date; a {@link org.creditgov.rules.sanction.SanctionChecker} judges a {@link
 * org.creditgov.rules.sanction.SanctionRequest} against it and answers with a {@link
 * org.creditgov.core.verdict.Verdict} listing every {@link
 * org.creditgov.rules.sanction.SanctionFinding} with its named facts ({@link
 * org.creditgov.rules.sanction.SanctionFacts}), naming the list versions applied and citing the
 * procedural bases their headers give. Problems of list data are {@code DataProblem}s, the
 * sanction-specific kinds {@link org.creditgov.rules.sanction.MeasureListProblemType}.
 *
 * <p>Leniency for minors, force majeure and unintentional or minor conduct (SAN-4) and the ban on
 * sanctioning individuals for a credit score (SAN-6) are confirmed in the seed plan (§二.8); their
 * wording in 49号 could not be read (reference/policy-facts.md §4, UNCONFIRMED), so their findings
 * cite the most local layer's procedural bases first (in Qingtongxia, the seed plan). List data
 * (bundled or loaded) labels what is unconfirmed; no unconfirmed figure is a constant in code.
 */
@NullMarked
@CheckReturnValue
package org.creditgov.rules.sanction;

import com.google.errorprone.annotations.CheckReturnValue;
import org.jspecify.annotations.NullMarked;
