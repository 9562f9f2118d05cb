/**
 * Internal: reading, writing and linting the library's JSON formats with every problem located —
 * {@link org.creditgov.core.io.JsonDocument} (syntax), {@link org.creditgov.core.io.Schemas} (the
 * bundled JSON Schemas), {@link org.creditgov.core.io.DocumentRead} (the reading pipeline), {@link
 * org.creditgov.core.io.HeaderRead} and {@link org.creditgov.core.io.LegalBasisRead} (the header
 * and legal bases every rule-set format shares), {@link org.creditgov.core.io.JsonWriting} and
 * {@link org.creditgov.core.io.LegalBasisWrite} (writing), and {@link org.creditgov.core.io.Lint}
 * with its service interface {@link org.creditgov.core.io.DataFormat}, which each module implements
 * for its formats. Exported to the library's modules only; not an API for users, but for the
 * command line that will expose {@code Lint}. The only package of credit-core, with {@code
 * catalog.io}, that uses Jackson or the schema validator.
 */
@NullMarked
@CheckReturnValue
package org.creditgov.core.io;

import com.google.errorprone.annotations.CheckReturnValue;
import org.jspecify.annotations.NullMarked;
