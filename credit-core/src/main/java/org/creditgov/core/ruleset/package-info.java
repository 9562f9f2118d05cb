/**
 * The one mechanism for layered, effective-dated rule sets (CAT-4): a {@link
 * org.creditgov.core.ruleset.RuleSetHeader} every version carries, the {@link
 * org.creditgov.core.ruleset.LayeredRuleSet} contract, and the {@link
 * org.creditgov.core.ruleset.RuleSetRegistry} that checks versions together (no overlapping
 * versions of a layer, no supplement redefining a higher layer's entry) and resolves "as of date D
 * in jurisdiction J" with one cache and one answer for "nothing in force". Catalogs, measure lists,
 * incentive lists, publication and repair regimes, list types and purpose catalogs stand on it.
 */
@NullMarked
@CheckReturnValue
package org.creditgov.core.ruleset;

import com.google.errorprone.annotations.CheckReturnValue;
import org.jspecify.annotations.NullMarked;
