/**
 * {@code credit verify-log} (SEC-2): verification of an audit-log directory against its checkpoints and a witness's cosigned checkpoint.
 */
@NullMarked
@CheckReturnValue
package org.creditgov.cli.audit;

import com.google.errorprone.annotations.CheckReturnValue;
import org.jspecify.annotations.NullMarked;
