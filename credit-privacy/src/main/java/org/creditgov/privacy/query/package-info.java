/**
 * The purpose-bound query gateway (SEC-1, SEC-2, PRI-1, PRI-2, PRI-4): every query of credit
 * information names its actor, purpose, subject, fields and founding; {@link
 * org.creditgov.privacy.query.QueryGateway} answers with a verdict listing every finding and, when
 * authorised, a result minimised to the fields the purpose needs and masked for the audience; every
 * query, authorised or refused, is registered exactly once in the {@link
 * org.creditgov.privacy.query.QueryLog} (in memory, or tamper-evident on an {@code AuditLog}), with
 * review flags and a review step.
 */
@NullMarked
@CheckReturnValue
package org.creditgov.privacy.query;

import com.google.errorprone.annotations.CheckReturnValue;
import org.jspecify.annotations.NullMarked;
