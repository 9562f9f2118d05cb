/**
 * The canonical JSON forms of credit-rules' types (docs/json-forms.md), on credit-core's
 * machinery ({@link org.creditgov.core.json}): designation events, commands and command results
 * ({@link org.creditgov.rules.json.DesignationJson}), the requests of the sanction check, the
 * workflow credit check and the incentive check ({@link org.creditgov.rules.json.RequestJson}),
 * and the registration of the module's finding types ({@link
 * org.creditgov.rules.json.RulesFindingTypes}). Subjects appear only as references, list types by
 * code and version, designations by id; reading resolves them through what the caller gives (a
 * subject directory, a list-type lookup, a designation lookup). Jackson is used here only.
 */
@NullMarked
@CheckReturnValue
package org.creditgov.rules.json;

import com.google.errorprone.annotations.CheckReturnValue;
import org.jspecify.annotations.NullMarked;
